namespace ActionTracker.Core.Commands;

/// <summary><c>decision TEXT</c>.</summary>
public sealed record DecisionCommand(string Text) : ParsedCommand;
