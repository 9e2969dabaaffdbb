using ActionTracker.Core.Items;

namespace ActionTracker.Core.Commands;

/// <summary><c>show #42</c>: the item with its history.</summary>
public sealed record ShowCommand(ItemNumber Number) : ParsedCommand;
