using ActionTracker.Core.Tenancy;

namespace ActionTracker.Core.Ports;

/// <summary>
/// DMs that could not be delivered, per person: transient failures wait out a backoff, permanent ones (the person left,
/// the app was uninstalled) stop the retries and show in the team's digest.
/// </summary>
public interface IDeliveryStatusStore
{
    Task<DeliveryFailure?> GetAsync(TenantKey tenant, string personId, CancellationToken cancellationToken);

    /// <summary>The people of a tenant who cannot be reached now (permanent failures).</summary>
    Task<IReadOnlyList<DeliveryFailure>> ListUnreachableAsync(TenantKey tenant, CancellationToken cancellationToken);

    Task SaveAsync(DeliveryFailure failure, CancellationToken cancellationToken);

    /// <summary>Forgets the failures of a person after a DM got through.</summary>
    Task ClearAsync(TenantKey tenant, string personId, CancellationToken cancellationToken);
}
