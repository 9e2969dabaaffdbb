using ActionTracker.Core.Items;

namespace ActionTracker.Core.Commands;

/// <summary><c>due #42 DATE</c>.</summary>
public sealed record DueCommand(ItemNumber Number, string DateText) : ParsedCommand;
