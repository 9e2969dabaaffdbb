using ActionTracker.Core.Goals;

namespace ActionTracker.Core.Commands;

/// <summary><c>goal add TITLE [@owner] [due DATE] [team|personal]</c>.</summary>
public sealed record GoalAddCommand(string Title, PersonSpec? Owner, string? DueText, GoalScope Scope) : ParsedCommand;
