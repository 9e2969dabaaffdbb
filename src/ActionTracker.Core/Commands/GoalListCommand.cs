namespace ActionTracker.Core.Commands;

/// <summary><c>goal list</c>.</summary>
public sealed record GoalListCommand : ParsedCommand;
