using ActionTracker.Core.Tenancy;

namespace ActionTracker.Core.Ports;

/// <summary>The answer to a claim; when <see cref="State"/> is Claimed, <see cref="Token"/> proves ownership.</summary>
public sealed record IdempotencyClaim(TenantKey Tenant, string Key, ClaimState State, string? Token);
