using ActionTracker.Core.Meetings;

namespace ActionTracker.Storage.Entities;

/// <summary>One draft item inside a <see cref="StoredMeetingDraft"/>.</summary>
internal sealed record StoredDraftLine
{
    public required int Index { get; init; }

    public required string Task { get; init; }

    public string? ExtractedOwner { get; init; }

    public DateOnly? ExtractedDue { get; init; }

    public required string Quote { get; init; }

    public string? Speaker { get; init; }

    public long? TimestampMs { get; init; }

    public required double Confidence { get; init; }

    public required string Reason { get; init; }

    public DraftReviewState State { get; init; }

    public required string Title { get; init; }

    public string? OwnerName { get; init; }

    public StoredPerson? Owner { get; init; }

    public DateOnly? Due { get; init; }

    public long? DuplicateOf { get; init; }

    public long? SavedAs { get; init; }

    public DateTimeOffset? AcceptingSince { get; init; }
}
