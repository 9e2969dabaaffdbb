using ActionTracker.Core.Transcripts;

namespace ActionTracker.Core.Meetings;

/// <summary>A decision found in the transcript; saved as a decision record when the review starts accepting.</summary>
public sealed record MeetingDraftDecision
{
    public required DraftDecision Extracted { get; init; }

    /// <summary>The decision record's number (<c>D12</c>) once saved.</summary>
    public long? SavedAs { get; init; }
}
