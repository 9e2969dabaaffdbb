using ActionTracker.Core.Tenancy;

namespace ActionTracker.Core.People;

/// <summary>What the bot knows about a person in a tenant: how to reach them and when.</summary>
public sealed record Person
{
    public required TenantKey Tenant { get; init; }

    public required PersonRef Ref { get; init; }

    public string? Email { get; init; }

    /// <summary>IANA time zone id, e.g. <c>Europe/Berlin</c>; null until learned from the platform.</summary>
    public string? TimeZoneId { get; init; }

    public WorkingHours WorkingHours { get; init; } = WorkingHours.Default;

    /// <summary>Channel-specific data needed to open a DM (a serialized conversation reference), opaque to Core.</summary>
    public string? DirectMessageReference { get; init; }

    public PersonRef? Manager { get; init; }

    /// <summary>No reminder DMs until this instant (holidays, focus weeks).</summary>
    public DateTimeOffset? MutedUntil { get; init; }

    public bool IsAdmin { get; init; }

    public string? Version { get; init; }
}
