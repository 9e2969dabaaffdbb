using ActionTracker.Core.Ports;

namespace ActionTracker.Core.Reminders;

/// <summary>
/// Deletes the lease rows of past sweep buckets. A bucket's row only matters while its bucket is current (it stops a
/// second run of the same bucket); a day later no instance asks for it again, so about 300 rows a day per sweep would
/// otherwise pile up. Runs with the scheduler's ticks under its own bucket lease.
/// </summary>
public sealed class LeaseCleanupSweep
{
    /// <summary>Rows older than this are deleted; far beyond any bucket, lease or clock skew.</summary>
    public static readonly TimeSpan KeepFor = TimeSpan.FromDays(1);

    /// <summary>Deletions per sweep kind and run; a backlog is worked off over the next runs.</summary>
    public const int MaxPerSweep = 200;

    /// <summary>The sweeps whose lease names are "kind|bucket time" (see <see cref="SweepLease"/>).</summary>
    private static readonly string[] Sweeps = ["reminders", "digests", "retention", "todo-sync", "lease-cleanup"];

    private readonly ILeaseStore _leases;
    private readonly string _holder = "lease-cleanup-" + Guid.NewGuid().ToString("N");

    public LeaseCleanupSweep(ILeaseStore leases) => _leases = leases;

    /// <summary>Returns how many lease rows were deleted (0 when another instance has this bucket).</summary>
    public async Task<int> RunOnceAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        Lease? lease = await _leases.TryAcquireAsync(SweepLease.Name("lease-cleanup", now), _holder, SweepLease.Duration, cancellationToken);
        if (lease is null)
        {
            SchedulerMetrics.SweepRan("lease-cleanup", "skipped");
            return 0;
        }

        int deleted = 0;
        foreach (string sweep in Sweeps)
        {
            // Minute precision sorts before every bucket name of that minute or later, seconds-precise ones included.
            deleted += await _leases.DeleteBeforeAsync(SweepLease.Name(sweep, now - KeepFor, TimeSpan.FromMinutes(1)), MaxPerSweep, cancellationToken);
        }

        await _leases.CompleteAsync(lease, cancellationToken);
        SchedulerMetrics.SweepRan("lease-cleanup", "ran");
        return deleted;
    }
}
