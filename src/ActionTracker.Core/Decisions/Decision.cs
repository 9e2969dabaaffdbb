using ActionTracker.Core.Items;
using ActionTracker.Core.People;
using ActionTracker.Core.Tenancy;

namespace ActionTracker.Core.Decisions;

/// <summary>Something a meeting or channel decided, with where it was decided.</summary>
public sealed record Decision
{
    public required TenantKey Tenant { get; init; }

    /// <summary>Per-tenant sequence number, shown as <c>D12</c>.</summary>
    public long Number { get; init; }

    public required string Text { get; init; }

    public required PersonRef RecordedBy { get; init; }

    public required DateTimeOffset DecidedAt { get; init; }

    public string? ConversationId { get; init; }

    public string? MeetingId { get; init; }

    public ItemSource Source { get; init; } = ItemSource.Command;
}
