using ActionTracker.Core.Items;

namespace ActionTracker.Core.Views;

/// <summary>One item as its people see it, with what the viewer may do to it.</summary>
public sealed record ItemCardView : ChatView
{
    public required ItemNumber Number { get; init; }

    public required string Title { get; init; }

    public string? OwnerName { get; init; }

    public string? OwnerId { get; init; }

    /// <summary>Absolute due date in the owner's zone (and the viewer's when it differs), or null.</summary>
    public string? Due { get; init; }

    public required Priority Priority { get; init; }

    public required ItemStatus Status { get; init; }

    public bool IsOverdue { get; init; }

    public string? GoalId { get; init; }

    public string? Context { get; init; }

    public string? Notes { get; init; }

    public string? StatusReason { get; init; }

    public IReadOnlyList<string> Watchers { get; init; } = [];

    public int Revision { get; init; }

    /// <summary>Audit lines (newest last) when the card was asked for with history.</summary>
    public IReadOnlyList<string> History { get; init; } = [];

    public IReadOnlyList<ViewAction> Actions { get; init; } = [];
}
