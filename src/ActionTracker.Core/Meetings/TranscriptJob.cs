using System.Text.Json;
using ActionTracker.Core.Execution;
using ActionTracker.Core.Tenancy;
using ActionTracker.Core.Work;

namespace ActionTracker.Core.Meetings;

/// <summary>The queued extraction: where the transcript is, where the draft goes and who asked.</summary>
public sealed record TranscriptJob
{
    public const string WorkKind = "transcript.extract";

    public required TranscriptReference Source { get; init; }

    public required string ConversationId { get; init; }

    public ConversationKind ConversationKind { get; init; } = ConversationKind.Channel;

    public required string OrganizerId { get; init; }

    public required string OrganizerName { get; init; }

    public string TimeZoneId { get; init; } = "UTC";

    public string? MeetingTitle { get; init; }

    /// <summary>When the meeting took place (or the transcript was sent), for relative deadlines.</summary>
    public DateTimeOffset? MeetingStart { get; init; }

    /// <summary>Started by the platform (a meeting ended), not by a person: a draft already shown there is not shown again.</summary>
    public bool IsAutomatic { get; init; }

    /// <summary>The queue message for this job; the same key always means the same work.</summary>
    public WorkItem ToWorkItem(TenantKey tenant, string idempotencyKey) => new()
    {
        Kind = WorkKind,
        Tenant = tenant,
        IdempotencyKey = idempotencyKey,
        Payload = JsonSerializer.Serialize(this, MeetingJsonContext.Default.TranscriptJob),
    };
}
