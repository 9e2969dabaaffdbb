using ActionTracker.Core.Decisions;
using ActionTracker.Core.Tenancy;

namespace ActionTracker.Core.Ports;

public interface IDecisionStore
{
    /// <summary>Stores the decision with the tenant's next <c>D</c> number.</summary>
    Task<StoreResult<Decision>> CreateAsync(Decision decision, CancellationToken cancellationToken);

    /// <summary>Decisions newest first, optionally only those decided at or after <paramref name="since"/>.</summary>
    Task<ResultPage<Decision>> ListAsync(TenantKey tenant, DateTimeOffset? since, string? continuationToken, int pageSize, CancellationToken cancellationToken);
}
