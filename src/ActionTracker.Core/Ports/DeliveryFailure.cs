using ActionTracker.Core.Tenancy;

namespace ActionTracker.Core.Ports;

/// <summary>The delivery state of one person's DMs after a failure.</summary>
/// <param name="Reason">What the platform said, e.g. <c>user_not_found</c> or <c>HTTP 403</c>.</param>
/// <param name="NextAttemptAt">When the next try is allowed (backoff), or a later re-check for a permanent failure.</param>
/// <param name="Permanent">True when retrying cannot help; the digest shows the person as not reachable.</param>
public sealed record DeliveryFailure(
    TenantKey Tenant,
    string PersonId,
    string DisplayName,
    string Reason,
    int Attempts,
    DateTimeOffset FirstFailedAt,
    DateTimeOffset NextAttemptAt,
    bool Permanent);
