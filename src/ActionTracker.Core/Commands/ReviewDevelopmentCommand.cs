namespace ActionTracker.Core.Commands;

/// <summary>
/// <c>review @person|me [from DATE] [to DATE] add-development TITLE [due DATE]</c>: a development item agreed in that
/// review, owned by the reviewed person and linked to the review period. <see cref="Item"/> is the rest, read as <c>add</c>.
/// </summary>
public sealed record ReviewDevelopmentCommand(PersonSpec? Person, string? FromText, string? ToText, AddCommand Item) : ParsedCommand;
