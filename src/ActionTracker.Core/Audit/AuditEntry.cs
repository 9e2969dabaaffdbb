using ActionTracker.Core.People;
using ActionTracker.Core.Tenancy;

namespace ActionTracker.Core.Audit;

/// <summary>Who changed what and when: one row per changed field.</summary>
public sealed record AuditEntry
{
    public required TenantKey Tenant { get; init; }

    /// <summary>The changed thing's id, e.g. <c>#42</c> or <c>G7</c>.</summary>
    public required string Subject { get; init; }

    public required PersonRef Actor { get; init; }

    public required DateTimeOffset At { get; init; }

    public required int Revision { get; init; }

    public required FieldChange Change { get; init; }
}
