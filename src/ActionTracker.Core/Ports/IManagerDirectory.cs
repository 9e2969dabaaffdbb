using ActionTracker.Core.People;
using ActionTracker.Core.Tenancy;

namespace ActionTracker.Core.Ports;

/// <summary>The organisation's reporting line (Microsoft Graph in Teams tenants); reviews fall back to the mapping admins set.</summary>
public interface IManagerDirectory
{
    /// <summary>The person's manager, or null when the directory has none for them or cannot answer for this tenant.</summary>
    Task<PersonRef?> FindManagerAsync(TenantKey tenant, string personId, CancellationToken cancellationToken);
}
