using ActionTracker.Core.Tenancy;

namespace ActionTracker.Core.Ports;

/// <summary>Where installs and their tokens live; implementations keep tokens encrypted at rest.</summary>
public interface IInstallationStore
{
    Task<Installation?> GetAsync(TenantKey tenant, CancellationToken cancellationToken);

    /// <summary>Creates or replaces the tenant's installation (a re-install rotates the token).</summary>
    Task SaveAsync(Installation installation, CancellationToken cancellationToken);

    /// <summary>Removes the installation; true when one existed.</summary>
    Task<bool> DeleteAsync(TenantKey tenant, CancellationToken cancellationToken);
}
