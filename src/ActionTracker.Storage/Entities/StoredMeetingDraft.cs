using ActionTracker.Core.Execution;
using ActionTracker.Core.Meetings;

namespace ActionTracker.Storage.Entities;

/// <summary>JSON document of a <see cref="MeetingDraft"/> (the meeting and its review state).</summary>
internal sealed record StoredMeetingDraft
{
    public required long Number { get; init; }

    public required string Title { get; init; }

    public required DateTimeOffset StartedAt { get; init; }

    public List<StoredPerson> Participants { get; init; } = [];

    public StoredPerson? Organizer { get; init; }

    public string? ConversationId { get; init; }

    public ConversationKind ConversationKind { get; init; }

    public MeetingStatus Status { get; init; }

    public required string TranscriptHash { get; init; }

    public DateOnly? MeetingDate { get; init; }

    public required string TimeZoneId { get; init; }

    public DateTimeOffset? DecisionsClaimedAt { get; init; }

    public required List<StoredDraftLine> Items { get; init; }

    public required List<StoredDraftDecision> Decisions { get; init; }
}
