using System.Globalization;
using ActionTracker.Core.Items;
using ActionTracker.Core.Sync;

namespace ActionTracker.Core.Execution;

/// <summary>
/// After an item is created or changed, queues a To Do sync for its owner (and a former owner) when they have it on,
/// so the change reaches To Do in seconds rather than at the next scheduled round. Costs one read per change, and
/// nothing at all unless the installation offers To Do sync.
/// </summary>
internal static class TodoSyncTrigger
{
    public static async Task AfterChangeAsync(ActionItem? before, ActionItem after, ExecutionServices services, CancellationToken cancellationToken)
    {
        if (services.TodoTasks is not { IsAvailable: true } || services.TodoSync is null || services.Queue is null)
        {
            return;
        }

        foreach (string personId in new[] { after.Owner?.Id, before?.Owner?.Id }.OfType<string>().Distinct(StringComparer.Ordinal))
        {
            if (await services.TodoSync.GetStateAsync(after.Tenant, personId, cancellationToken) is not { IsActive: true })
            {
                continue;
            }

            string key = "todo-sync:" + personId + ":item:" + after.Number.Value.ToString(CultureInfo.InvariantCulture) + ":" + after.Revision.ToString(CultureInfo.InvariantCulture);
            await services.Queue.EnqueueAsync(new TodoSyncJob { PersonId = personId }.ToWorkItem(after.Tenant, key), null, cancellationToken);
        }
    }
}
