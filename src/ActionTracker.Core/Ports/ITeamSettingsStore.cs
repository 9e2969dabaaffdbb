using ActionTracker.Core.Settings;
using ActionTracker.Core.Tenancy;

namespace ActionTracker.Core.Ports;

public interface ITeamSettingsStore
{
    Task<TeamSettings?> GetAsync(TenantKey tenant, string conversationId, CancellationToken cancellationToken);

    /// <summary>Every team (of every tenant) with a leadership channel: the digest scheduler's work list.</summary>
    Task<IReadOnlyList<TeamSettings>> ListWithLeadershipAsync(CancellationToken cancellationToken);

    Task<StoreResult<TeamSettings>> SaveAsync(TeamSettings settings, CancellationToken cancellationToken);
}
