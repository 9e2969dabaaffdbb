namespace ActionTracker.Core.Views;

/// <summary>A decision on the review card; <see cref="SavedAs"/> is <c>D12</c> once recorded.</summary>
public sealed record DraftReviewDecision(string Text, string Quote, string? Timestamp, string? SavedAs);
