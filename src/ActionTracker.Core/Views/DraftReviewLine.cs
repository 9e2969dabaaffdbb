namespace ActionTracker.Core.Views;

/// <summary>One draft item on the review card.</summary>
public sealed record DraftReviewLine
{
    public required int Index { get; init; }

    public required string Title { get; init; }

    public string? Owner { get; init; }

    /// <summary>The owner's platform id when the name was mapped to a person (Slack renders a mention).</summary>
    public string? OwnerId { get; init; }

    /// <summary><c>yyyy-MM-dd</c>, or null.</summary>
    public string? Due { get; init; }

    public required string Quote { get; init; }

    public string? Speaker { get; init; }

    /// <summary><c>00:12:03</c>, or null when the transcript had no times.</summary>
    public string? Timestamp { get; init; }

    /// <summary>Whole percent, 0-100.</summary>
    public required int ConfidencePercent { get; init; }

    /// <summary>"pending", "accepted as #12", "edited, saved as #13", "rejected".</summary>
    public required string State { get; init; }

    public bool IsPending { get; init; }

    /// <summary>"#7" when an open item of the same team looks the same.</summary>
    public string? PossibleDuplicateOf { get; init; }

    public IReadOnlyList<ViewAction> Actions { get; init; } = [];
}
