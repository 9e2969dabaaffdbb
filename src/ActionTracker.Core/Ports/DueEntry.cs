using ActionTracker.Core.Items;
using ActionTracker.Core.Tenancy;

namespace ActionTracker.Core.Ports;

/// <summary>An open item whose deadline falls in a swept window, with the item as verified by the index.</summary>
public sealed record DueEntry(TenantKey Tenant, ItemNumber Number, DateTimeOffset DueUtc, ActionItem Item);
