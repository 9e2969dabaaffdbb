namespace ActionTracker.Core.Views;

/// <summary>A goal with its progress, milestones and the items that need a push.</summary>
public sealed record GoalView : ChatView
{
    public required string Id { get; init; }

    public required string Title { get; init; }

    public required string Owner { get; init; }

    public string? Due { get; init; }

    /// <summary>e.g. "3/5 done (60%)".</summary>
    public required string Progress { get; init; }

    /// <summary>One line per milestone: id, title, due and progress.</summary>
    public IReadOnlyList<string> Milestones { get; init; } = [];

    public IReadOnlyList<ItemSummary> Items { get; init; } = [];

    public IReadOnlyList<string> Overdue { get; init; } = [];

    public IReadOnlyList<string> Stalled { get; init; } = [];
}
