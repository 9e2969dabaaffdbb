namespace ActionTracker.Core.Views;

/// <summary>
/// The weekly leadership digest: completed since the last digest, in progress, needs attention, decisions and
/// per-owner counts. <see cref="IsQuiet"/> means nothing changed: channels post the one-line summary only.
/// </summary>
public sealed record DigestView : ChatView
{
    public required string Title { get; init; }

    public required string Summary { get; init; }

    public bool IsQuiet { get; init; }

    public IReadOnlyList<ItemSummary> Completed { get; init; } = [];

    public IReadOnlyList<ItemSummary> InProgress { get; init; } = [];

    public IReadOnlyList<AttentionItem> NeedsAttention { get; init; } = [];

    public IReadOnlyList<DecisionSummary> Decisions { get; init; } = [];

    public IReadOnlyList<OwnerCount> Owners { get; init; } = [];

    public IReadOnlyList<ViewAction> Actions { get; init; } = [];
}
