using ActionTracker.Core.Tenancy;

namespace ActionTracker.Core.Ports;

/// <summary>The answer to a claim; when <see cref="State"/> is Claimed, <see cref="Token"/> proves ownership.</summary>
/// <param name="Retaken">True when a stale claim of a holder that stopped was taken over: its work may already have been done once.</param>
public sealed record IdempotencyClaim(TenantKey Tenant, string Key, ClaimState State, string? Token, bool Retaken = false);
