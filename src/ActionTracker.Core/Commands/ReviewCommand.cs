namespace ActionTracker.Core.Commands;

/// <summary><c>review @person|me [from DATE] [to DATE]</c>: the person's follow-through over a period; a null person is the requester.</summary>
public sealed record ReviewCommand(PersonSpec? Person, string? FromText, string? ToText) : ParsedCommand;
