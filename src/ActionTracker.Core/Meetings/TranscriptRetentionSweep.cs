using ActionTracker.Core.Ports;
using ActionTracker.Core.Reminders;

namespace ActionTracker.Core.Meetings;

/// <summary>
/// Deletes pasted transcript text whose retention has ended. Runs with the scheduler's ticks under its own per-bucket
/// lease, so of several instances one deletes; deleting twice would be harmless, the lease only saves the reads.
/// </summary>
public sealed class TranscriptRetentionSweep
{
    /// <summary>Deletions per bucket; the next bucket continues.</summary>
    public const int MaxPerRun = 500;

    private readonly IMeetingStore _meetings;
    private readonly ILeaseStore _leases;
    private readonly string _holder = "retention-" + Guid.NewGuid().ToString("N");

    public TranscriptRetentionSweep(IMeetingStore meetings, ILeaseStore leases)
    {
        _meetings = meetings;
        _leases = leases;
    }

    /// <summary>Returns how many kept transcripts were deleted (0 when another instance holds this bucket).</summary>
    public async Task<int> RunOnceAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        Lease? lease = await _leases.TryAcquireAsync(SweepLease.Name("retention", now), _holder, SweepLease.Duration, cancellationToken);
        if (lease is null)
        {
            SchedulerMetrics.SweepRan("retention", "skipped");
            return 0;
        }

        int deleted = await _meetings.DeleteExpiredInputsAsync(now, MaxPerRun, cancellationToken);
        await _leases.CompleteAsync(lease, cancellationToken);

        SchedulerMetrics.SweepRan("retention", "ran");
        return deleted;
    }
}
