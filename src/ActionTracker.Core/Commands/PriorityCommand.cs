using ActionTracker.Core.Items;

namespace ActionTracker.Core.Commands;

/// <summary><c>priority #42 high</c>.</summary>
public sealed record PriorityCommand(ItemNumber Number, Priority Priority) : ParsedCommand;
