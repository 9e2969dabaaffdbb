using ActionTracker.Core.Items;

namespace ActionTracker.Core.Commands;

/// <summary><c>block #42 REASON</c>.</summary>
public sealed record BlockCommand(ItemNumber Number, string Reason) : ParsedCommand;
