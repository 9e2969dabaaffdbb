using ActionTracker.Core.People;
using ActionTracker.Core.Reviews;
using ActionTracker.Core.Tenancy;

namespace ActionTracker.Core.Items;

/// <summary>
/// One commitment with exactly one accountable owner. Immutable: a change is a new instance
/// written with the <see cref="Version"/> it was read at, so concurrent edits are detected, never lost.
/// </summary>
public sealed record ActionItem
{
    public required TenantKey Tenant { get; init; }

    /// <summary>Assigned by the store on create; zero on a draft.</summary>
    public ItemNumber Number { get; init; }

    public required string Title { get; init; }

    /// <summary>Null only for drafts and imported items still waiting for an owner.</summary>
    public PersonRef? Owner { get; init; }

    public required PersonRef Creator { get; init; }

    public IReadOnlyList<PersonRef> Watchers { get; init; } = [];

    public ItemStatus Status { get; init; } = ItemStatus.Open;

    public Priority Priority { get; init; } = Priority.Normal;

    public ItemKind Kind { get; init; } = ItemKind.Task;

    public DueDate? Due { get; init; }

    public string? Context { get; init; }

    public string? Notes { get; init; }

    /// <summary>Reason given when the item was blocked or cancelled.</summary>
    public string? StatusReason { get; init; }

    public string? GoalId { get; init; }

    public string? MilestoneId { get; init; }

    public ItemSource Source { get; init; } = ItemSource.Command;

    public string? MeetingId { get; init; }

    /// <summary>The conversation (team, group chat, channel or DM) the item was created in; drives visibility.</summary>
    public string? ConversationId { get; init; }

    /// <summary>Created in a personal chat: visible only to its owner, creator, watchers and admins.</summary>
    public bool IsPrivate { get; init; }

    /// <summary>Recurrence rule such as <c>weekly:Monday</c>; the next occurrence is created when one is done.</summary>
    public string? Recurrence { get; init; }

    /// <summary>The review a development item was agreed in (created from that review); null otherwise.</summary>
    public ReviewPeriod? ReviewPeriod { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset UpdatedAt { get; init; }

    public DateTimeOffset? CompletedAt { get; init; }

    /// <summary>Counts committed changes; orders the audit trail.</summary>
    public int Revision { get; init; }

    /// <summary>Opaque store version (ETag) the item was read at; null on a draft.</summary>
    public string? Version { get; init; }
}
