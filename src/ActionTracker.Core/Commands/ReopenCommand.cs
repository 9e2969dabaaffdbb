using ActionTracker.Core.Items;

namespace ActionTracker.Core.Commands;

/// <summary><c>reopen #42</c>.</summary>
public sealed record ReopenCommand(IReadOnlyList<ItemNumber> Numbers) : ParsedCommand;
