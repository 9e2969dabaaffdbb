using ActionTracker.Core.Sync;
using ActionTracker.Core.Tenancy;

namespace ActionTracker.Core.Ports;

/// <summary>
/// A person's Microsoft To Do. Graph refusing access throws <see cref="TodoAccessDeniedException"/>; throttling or an
/// outage throws <see cref="TodoThrottledException"/> with the wait Graph asked for.
/// </summary>
public interface ITodoTaskClient
{
    /// <summary>False when this installation has no Graph credentials or To Do sync is switched off.</summary>
    bool IsAvailable { get; }

    /// <summary>The id of the person's list named <paramref name="displayName"/>, created when missing.</summary>
    Task<string> EnsureListAsync(TenantKey tenant, string userId, string? knownListId, string displayName, CancellationToken cancellationToken);

    Task<TodoTaskSnapshot> CreateAsync(TenantKey tenant, string userId, string listId, TodoTaskContent content, CancellationToken cancellationToken);

    /// <summary>Null when the task no longer exists.</summary>
    Task<TodoTaskSnapshot?> UpdateAsync(TenantKey tenant, string userId, string listId, string taskId, TodoTaskContent content, CancellationToken cancellationToken);

    /// <summary>Deletes the task; one already gone counts as deleted.</summary>
    Task DeleteAsync(TenantKey tenant, string userId, string listId, string taskId, CancellationToken cancellationToken);

    /// <summary>The task of the list whose linked resource carries <paramref name="externalId"/>, or null.</summary>
    Task<TodoTaskSnapshot?> FindAsync(TenantKey tenant, string userId, string listId, string externalId, CancellationToken cancellationToken);

    /// <summary>The tasks changed since <paramref name="deltaLink"/> (all tasks when null), every page read.</summary>
    Task<TodoDelta> ReadChangesAsync(TenantKey tenant, string userId, string listId, string? deltaLink, CancellationToken cancellationToken);
}
