namespace ActionTracker.Core.Commands;

/// <summary><c>goal milestone G7 TITLE [due DATE]</c>.</summary>
public sealed record MilestoneAddCommand(string GoalId, string Title, string? DueText) : ParsedCommand;
