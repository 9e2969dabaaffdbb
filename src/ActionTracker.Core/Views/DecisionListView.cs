namespace ActionTracker.Core.Views;

public sealed record DecisionListView(string Title, IReadOnlyList<DecisionSummary> Decisions, bool HasMore) : ChatView;
