using ActionTracker.Core.Items;

namespace ActionTracker.Core.Commands;

/// <summary><c>cancel #42 [reason]</c>.</summary>
public sealed record CancelCommand(IReadOnlyList<ItemNumber> Numbers, string? Reason) : ParsedCommand;
