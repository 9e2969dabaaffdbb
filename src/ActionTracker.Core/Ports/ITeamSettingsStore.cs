using ActionTracker.Core.Settings;
using ActionTracker.Core.Tenancy;

namespace ActionTracker.Core.Ports;

public interface ITeamSettingsStore
{
    Task<TeamSettings?> GetAsync(TenantKey tenant, string conversationId, CancellationToken cancellationToken);

    Task<StoreResult<TeamSettings>> SaveAsync(TeamSettings settings, CancellationToken cancellationToken);
}
