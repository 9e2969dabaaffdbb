using ActionTracker.Core.Items;
using ActionTracker.Core.Tenancy;

namespace ActionTracker.Core.Sync;

/// <summary>An item and the To Do task it appears as in its owner's list, with what both sides looked like at the last sync.</summary>
public sealed record TodoTaskLink
{
    public required TenantKey Tenant { get; init; }

    /// <summary>The person whose list holds the task.</summary>
    public required string PersonId { get; init; }

    public required ItemNumber Number { get; init; }

    public required string TaskId { get; init; }

    /// <summary><see cref="TodoTaskContent.Fingerprint"/> of what was last sent: a different one means our item changed.</summary>
    public required string Fingerprint { get; init; }

    /// <summary>Whether the task was completed at the last sync (both sides agreed then).</summary>
    public bool Completed { get; init; }

    /// <summary>Graph's lastModifiedDateTime of the task at the last sync: a later one means the task changed.</summary>
    public DateTimeOffset TaskModifiedAt { get; init; }

    /// <summary>Our item's revision at the last sync.</summary>
    public int ItemRevision { get; init; }

    /// <summary>The task was deleted in To Do: the item stays out of the list until it leaves the person's hands.</summary>
    public bool Detached { get; init; }

    public string? Version { get; init; }
}
