using ActionTracker.Core.Items;
using ActionTracker.Core.People;
using ActionTracker.Core.Transcripts;

namespace ActionTracker.Core.Meetings;

/// <summary>One extracted item on a meeting's review card, with the reviewer's decision and what it became.</summary>
public sealed record MeetingDraftItem
{
    /// <summary>1-based position on the card; buttons name items by it.</summary>
    public required int Index { get; init; }

    /// <summary>What the extractor proposed, kept verbatim for the quote, timestamp and confidence.</summary>
    public required DraftItem Extracted { get; init; }

    public DraftReviewState State { get; init; } = DraftReviewState.Pending;

    /// <summary>The title to save: the extracted task phrase, or the reviewer's edit.</summary>
    public required string Title { get; init; }

    /// <summary>The owner as the transcript or the reviewer named them.</summary>
    public string? OwnerName { get; init; }

    /// <summary>The directory person the owner name was mapped to; null when nobody matched.</summary>
    public PersonRef? Owner { get; init; }

    public DateOnly? Due { get; init; }

    /// <summary>An open item of the same team this one looks like.</summary>
    public ItemNumber? DuplicateOf { get; init; }

    /// <summary>The action item it was saved as, once accepted.</summary>
    public ItemNumber? SavedAs { get; init; }

    /// <summary>When a reviewer started saving it; a save that never finished may be retried after a while.</summary>
    public DateTimeOffset? AcceptingSince { get; init; }

    public bool IsDecided => State != DraftReviewState.Pending;
}
