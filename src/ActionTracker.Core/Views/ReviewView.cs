namespace ActionTracker.Core.Views;

/// <summary>A person's follow-through report for a review period.</summary>
public sealed record ReviewView : ChatView
{
    public required string Title { get; init; }

    /// <summary>Headline figures, one line each: completed, slipped, completion rate, development items.</summary>
    public required IReadOnlyList<string> Facts { get; init; }

    public IReadOnlyList<ItemSummary> ToDiscuss { get; init; } = [];

    /// <summary>Agree a development item in this review (its command needs the title as input).</summary>
    public IReadOnlyList<ViewAction> Actions { get; init; } = [];
}
