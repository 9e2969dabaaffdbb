namespace ActionTracker.Core.Views;

public sealed record DecisionSummary(string Id, string Text, string RecordedBy, string DecidedOn, string? Where);
