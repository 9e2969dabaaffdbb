using ActionTracker.Core.Tenancy;

namespace ActionTracker.Core.Reminders;

/// <summary>
/// Told when a sweep passes a <see cref="SweepCheckpoint"/> for one DM. Production registers none; crash tests stop a
/// scheduler instance exactly there.
/// </summary>
public interface ISweepObserver
{
    ValueTask ReachedAsync(SweepCheckpoint checkpoint, TenantKey tenant, string recipientId, CancellationToken cancellationToken);
}
