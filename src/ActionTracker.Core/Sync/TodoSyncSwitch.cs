using ActionTracker.Core.Ports;
using ActionTracker.Core.Tenancy;

namespace ActionTracker.Core.Sync;

/// <summary>Turns a person's To Do sync off from outside the settings command (e.g. when they remove the app).</summary>
public static class TodoSyncSwitch
{
    /// <summary>Leaves the list and links in place, so turning it on again picks up where it stopped.</summary>
    public static async Task TurnOffAsync(ITodoSyncStore store, TenantKey tenant, string personId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        for (int attempt = 0; attempt < 3; attempt++)
        {
            TodoSyncState? state = await store.GetStateAsync(tenant, personId, cancellationToken);
            if (state is not { Enabled: true } || (await store.SaveStateAsync(state with { Enabled = false }, cancellationToken)).IsOk)
            {
                return;
            }
        }
    }
}
