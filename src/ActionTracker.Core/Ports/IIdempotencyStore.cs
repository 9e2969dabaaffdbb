using ActionTracker.Core.Tenancy;

namespace ActionTracker.Core.Ports;

/// <summary>
/// Two-phase processing records (claimed → completed) so a redelivered event is processed once and
/// a crash mid-work leaves a claim that goes stale and can be retaken, rather than losing the work.
/// </summary>
public interface IIdempotencyStore
{
    /// <summary>Claims <paramref name="key"/>; a claim older than <paramref name="staleAfter"/> is retaken.</summary>
    Task<IdempotencyClaim> TryClaimAsync(TenantKey tenant, string key, TimeSpan staleAfter, CancellationToken cancellationToken);

    /// <summary>Whether the work was completed, without claiming it (for read-only previews).</summary>
    Task<bool> IsCompletedAsync(TenantKey tenant, string key, CancellationToken cancellationToken);

    /// <summary>Marks the claimed work done; false when the claim was lost to someone who retook it.</summary>
    Task<bool> CompleteAsync(IdempotencyClaim claim, CancellationToken cancellationToken);

    /// <summary>Gives the claim up after a failure so the work can be retried at once.</summary>
    Task ReleaseAsync(IdempotencyClaim claim, CancellationToken cancellationToken);
}
