using ActionTracker.Core.Items;

namespace ActionTracker.Core.Commands;

/// <summary><c>done #42 [note]</c> or <c>done #3 #4 #9</c>.</summary>
public sealed record DoneCommand(IReadOnlyList<ItemNumber> Numbers, string? Note) : ParsedCommand;
