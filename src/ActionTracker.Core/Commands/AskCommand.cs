namespace ActionTracker.Core.Commands;

/// <summary><c>ask QUESTION</c>, or a plain question ending in "?": answered from reviews and goals.</summary>
public sealed record AskCommand(string Question, PersonSpec? About) : ParsedCommand;
