namespace ActionTracker.Core.Commands;

/// <summary><c>goal show G7</c>: milestones, items and progress.</summary>
public sealed record GoalShowCommand(string GoalId) : ParsedCommand;
