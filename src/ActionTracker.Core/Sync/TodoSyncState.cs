using ActionTracker.Core.People;
using ActionTracker.Core.Tenancy;

namespace ActionTracker.Core.Sync;

/// <summary>One person's Microsoft To Do sync: whether it is on, their task list, the delta position and why it is paused.</summary>
public sealed record TodoSyncState
{
    public required TenantKey Tenant { get; init; }

    /// <summary>The person; their id is the Entra object id Graph knows them by.</summary>
    public required PersonRef Person { get; init; }

    public bool Enabled { get; init; }

    /// <summary>The "ActionTracker" list in the person's To Do, created once and then reused.</summary>
    public string? ListId { get; init; }

    /// <summary>Graph's delta link for that list: the next read returns only what changed since.</summary>
    public string? DeltaLink { get; init; }

    /// <summary>Set when Graph refused access; sync stays paused until the person turns it on again.</summary>
    public string? PausedReason { get; init; }

    public DateTimeOffset? LastSyncedAt { get; init; }

    /// <summary>Opaque store version (ETag); null before the first save.</summary>
    public string? Version { get; init; }

    public bool IsActive => Enabled && PausedReason is null;
}
