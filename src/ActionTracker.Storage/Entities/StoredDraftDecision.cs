namespace ActionTracker.Storage.Entities;

/// <summary>One extracted decision inside a <see cref="StoredMeetingDraft"/>.</summary>
internal sealed record StoredDraftDecision
{
    public required string Text { get; init; }

    public required string Quote { get; init; }

    public string? Speaker { get; init; }

    public long? TimestampMs { get; init; }

    public required double Confidence { get; init; }

    public required string Reason { get; init; }

    public long? SavedAs { get; init; }
}
