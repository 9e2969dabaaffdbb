using ActionTracker.Core.Items;
using ActionTracker.Core.Sync;
using ActionTracker.Core.Tenancy;

namespace ActionTracker.Core.Ports;

/// <summary>Who syncs with Microsoft To Do, and which task each of their items is.</summary>
public interface ITodoSyncStore
{
    Task<TodoSyncState?> GetStateAsync(TenantKey tenant, string personId, CancellationToken cancellationToken);

    /// <summary>Saves if the stored state is still at <paramref name="state"/>'s version (insert when it has none).</summary>
    Task<StoreResult<TodoSyncState>> SaveStateAsync(TodoSyncState state, CancellationToken cancellationToken);

    /// <summary>Everyone with sync turned on, across tenants: the scheduler's work list.</summary>
    Task<IReadOnlyList<TodoSyncState>> ListEnabledAsync(CancellationToken cancellationToken);

    Task<IReadOnlyList<TodoTaskLink>> ListLinksAsync(TenantKey tenant, string personId, CancellationToken cancellationToken);

    Task SaveLinkAsync(TodoTaskLink link, CancellationToken cancellationToken);

    Task DeleteLinkAsync(TenantKey tenant, string personId, ItemNumber number, CancellationToken cancellationToken);
}
