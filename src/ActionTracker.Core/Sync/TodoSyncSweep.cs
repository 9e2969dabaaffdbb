using System.Globalization;
using ActionTracker.Core.Ports;
using ActionTracker.Core.Reminders;
using ActionTracker.Core.Work;

namespace ActionTracker.Core.Sync;

/// <summary>
/// Queues one sync per person with To Do sync on, once per interval. The interval's bucket is leased, so of several
/// instances one queues it; a holder that stops mid-way is taken over and the same idempotency keys make the repeat
/// harmless. Nothing is sent from here: the queued jobs do the Graph calls, so a Graph outage only delays them.
/// </summary>
public sealed class TodoSyncSweep
{
    private readonly ITodoSyncStore _store;
    private readonly ILeaseStore _leases;
    private readonly IWorkQueue _queue;
    private readonly ITodoTaskClient _client;
    private readonly string _holder = "todo-sync-" + Guid.NewGuid().ToString("N");

    public TodoSyncSweep(ITodoSyncStore store, ILeaseStore leases, IWorkQueue queue, ITodoTaskClient client)
    {
        _store = store;
        _leases = leases;
        _queue = queue;
        _client = client;
    }

    /// <summary>Queues the syncs of the interval containing <paramref name="now"/>; returns how many were queued (0 when another instance has it).</summary>
    public async Task<int> RunOnceAsync(DateTimeOffset now, TimeSpan interval, CancellationToken cancellationToken)
    {
        if (!_client.IsAvailable || interval <= TimeSpan.Zero)
        {
            return 0;
        }

        long start = now.UtcTicks - (now.UtcTicks % interval.Ticks);
        string bucket = new DateTimeOffset(start, TimeSpan.Zero).ToString("yyyyMMddHHmm", CultureInfo.InvariantCulture);
        Lease? lease = await _leases.TryAcquireAsync("todo-sync|" + bucket, _holder, SweepLease.Duration, cancellationToken);
        if (lease is null)
        {
            return 0;
        }

        int queued = 0;
        foreach (TodoSyncState state in await _store.ListEnabledAsync(cancellationToken))
        {
            if (!state.IsActive)
            {
                continue;
            }

            var job = new TodoSyncJob { PersonId = state.Person.Id };
            await _queue.EnqueueAsync(job.ToWorkItem(state.Tenant, "todo-sync:" + state.Person.Id + ":" + bucket), null, cancellationToken);
            queued++;
        }

        await _leases.CompleteAsync(lease, cancellationToken);
        return queued;
    }
}
