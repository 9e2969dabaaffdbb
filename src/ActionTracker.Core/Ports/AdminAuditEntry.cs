using ActionTracker.Core.People;
using ActionTracker.Core.Tenancy;

namespace ActionTracker.Core.Ports;

/// <summary>One admin action (admin list changes, managers, team settings, forget, export-tenant): who, when, what.</summary>
public sealed record AdminAuditEntry
{
    public required TenantKey Tenant { get; init; }

    public required PersonRef Actor { get; init; }

    public required DateTimeOffset At { get; init; }

    /// <summary>The command, e.g. <c>admin add</c>, <c>forget</c>, <c>export-tenant</c>, <c>settings team</c>.</summary>
    public required string Action { get; init; }

    /// <summary>What changed, in words; never the name of a forgotten person.</summary>
    public required string Detail { get; init; }
}
