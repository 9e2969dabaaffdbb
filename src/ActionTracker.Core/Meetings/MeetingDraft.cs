using ActionTracker.Core.Execution;

namespace ActionTracker.Core.Meetings;

/// <summary>
/// A meeting and the draft extracted from its transcript. One per transcript (by <see cref="TranscriptHash"/>), so
/// reading the same transcript again shows this draft rather than creating new items.
/// </summary>
public sealed record MeetingDraft
{
    public required Meeting Meeting { get; init; }

    /// <summary>SHA-256 (hex) of the transcript's speaker turns, normalised.</summary>
    public required string TranscriptHash { get; init; }

    public ConversationKind ConversationKind { get; init; } = ConversationKind.Channel;

    /// <summary>The date relative deadlines were resolved against, in <see cref="TimeZoneId"/>.</summary>
    public DateOnly? MeetingDate { get; init; }

    public string TimeZoneId { get; init; } = "UTC";

    public required IReadOnlyList<MeetingDraftItem> Items { get; init; }

    public required IReadOnlyList<MeetingDraftDecision> Decisions { get; init; }

    /// <summary>Set by the first accept, which then records the decisions (so two reviewers never record them twice).</summary>
    public DateTimeOffset? DecisionsClaimedAt { get; init; }

    /// <summary>Shown as <c>M3</c>.</summary>
    public string Id => "M" + Meeting.Number.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
