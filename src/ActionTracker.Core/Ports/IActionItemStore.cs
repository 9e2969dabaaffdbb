using ActionTracker.Core.Audit;
using ActionTracker.Core.Items;
using ActionTracker.Core.People;
using ActionTracker.Core.Tenancy;

namespace ActionTracker.Core.Ports;

/// <summary>Action items of one tenant at a time, with their audit trail and owner/goal/due indexes kept in step.</summary>
public interface IActionItemStore
{
    /// <summary>Allocates the next <c>#N</c> of the tenant and stores the item, its indexes and a "created" audit row.</summary>
    Task<StoreResult<ActionItem>> CreateAsync(ActionItem draft, PersonRef actor, CancellationToken cancellationToken);

    Task<ActionItem?> GetAsync(TenantKey tenant, ItemNumber number, CancellationToken cancellationToken);

    /// <summary>
    /// Writes <paramref name="updated"/> if the stored item is still at <paramref name="original"/>'s version,
    /// with one audit row per changed field; otherwise returns a conflict and writes nothing.
    /// </summary>
    Task<StoreResult<ActionItem>> UpdateAsync(ActionItem original, ActionItem updated, PersonRef actor, CancellationToken cancellationToken);

    Task<ResultPage<ActionItem>> ListAsync(TenantKey tenant, ItemListFilter filter, string? continuationToken, int pageSize, CancellationToken cancellationToken);

    /// <summary>The owner's items from the owner index (one range query). Listed items carry no Version: re-read before changing.</summary>
    Task<ResultPage<ActionItem>> ListByOwnerAsync(TenantKey tenant, string ownerId, ItemListFilter filter, string? continuationToken, int pageSize, CancellationToken cancellationToken);

    Task<ResultPage<ActionItem>> ListByGoalAsync(TenantKey tenant, string goalId, ItemListFilter filter, string? continuationToken, int pageSize, CancellationToken cancellationToken);

    Task<IReadOnlyList<AuditEntry>> GetHistoryAsync(TenantKey tenant, ItemNumber number, CancellationToken cancellationToken);

    /// <summary>Adds an audit row that records an event without changing the item (e.g. how a sync conflict was resolved).</summary>
    Task RecordAsync(AuditEntry entry, CancellationToken cancellationToken);
}
