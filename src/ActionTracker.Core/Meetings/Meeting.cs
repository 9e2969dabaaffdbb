using ActionTracker.Core.People;
using ActionTracker.Core.Tenancy;

namespace ActionTracker.Core.Meetings;

/// <summary>A meeting whose items and decisions were captured, shown as <c>M3</c>.</summary>
public sealed record Meeting
{
    public required TenantKey Tenant { get; init; }

    public long Number { get; init; }

    public required string Title { get; init; }

    public required DateTimeOffset StartedAt { get; init; }

    public IReadOnlyList<PersonRef> Participants { get; init; } = [];

    public PersonRef? Organizer { get; init; }

    public string? ConversationId { get; init; }

    /// <summary>Where the next meeting's roll-up and the weekly digest go.</summary>
    public string? LeadershipConversationId { get; init; }

    public MeetingStatus Status { get; init; } = MeetingStatus.Draft;

    public string? Version { get; init; }
}
