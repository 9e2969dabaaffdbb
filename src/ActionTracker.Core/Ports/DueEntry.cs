using ActionTracker.Core.Items;
using ActionTracker.Core.Tenancy;

namespace ActionTracker.Core.Ports;

/// <summary>An open item whose deadline falls in a swept window.</summary>
public sealed record DueEntry(TenantKey Tenant, ItemNumber Number, DateTimeOffset DueUtc);
