namespace ActionTracker.Core.Commands;

/// <summary><c>help [VERB]</c>.</summary>
public sealed record HelpCommand(string? Verb) : ParsedCommand;
