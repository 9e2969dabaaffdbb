using ActionTracker.Core.Items;

namespace ActionTracker.Core.Ports;

/// <summary>Server-side narrowing of a tenant's item listing; null fields do not filter.</summary>
public sealed record ItemListFilter
{
    public static readonly ItemListFilter All = new();

    public bool OpenOnly { get; init; }

    public ItemStatus? Status { get; init; }

    public string? ConversationId { get; init; }

    public string? MeetingId { get; init; }

    public DateTimeOffset? CompletedSince { get; init; }

    /// <summary>Only items with a deadline before this instant.</summary>
    public DateTimeOffset? DueBefore { get; init; }

    /// <summary>Only items with a deadline at or after this instant.</summary>
    public DateTimeOffset? DueFrom { get; init; }
}
