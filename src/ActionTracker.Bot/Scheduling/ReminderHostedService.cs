using System.Diagnostics;
using ActionTracker.Bot.Telemetry;
using ActionTracker.Core.Digests;
using ActionTracker.Core.Meetings;
using ActionTracker.Core.Ports;
using ActionTracker.Core.Reminders;
using Microsoft.Extensions.Options;

namespace ActionTracker.Bot.Scheduling;

/// <summary>
/// Runs the reminder and digest sweeps (and the deletion of kept transcript text) on a timer. Safe on every instance at
/// once: each tick's bucket is leased by one instance and each rung is claimed before it is sent, so instances never
/// repeat each other's work. A failed tick is logged and the next one retries; a DM that may have been repeated after
/// a crash is logged for audit.
/// </summary>
internal sealed class ReminderHostedService : BackgroundService
{
    private readonly ReminderSweep _sweep;
    private readonly DigestSweep _digests;
    private readonly TranscriptRetentionSweep _retention;
    private readonly LeaseCleanupSweep _leaseCleanup;
    private readonly TimeProvider _time;
    private readonly SchedulerOptions _options;
    private readonly ILogger<ReminderHostedService> _logger;

    public ReminderHostedService(
        ReminderSweep sweep, DigestSweep digests, TranscriptRetentionSweep retention, LeaseCleanupSweep leaseCleanup, TimeProvider time, IOptions<SchedulerOptions> options, ILogger<ReminderHostedService> logger)
    {
        _sweep = sweep;
        _digests = digests;
        _retention = retention;
        _leaseCleanup = leaseCleanup;
        _time = time;
        _options = options.Value;
        _logger = logger;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!_options.Enabled)
        {
            return;
        }

        using var timer = new PeriodicTimer(_options.SweepInterval, _time);
        do
        {
            using Activity? tick = SchedulerActivities.Source.StartActivity(SchedulerActivities.TickName);
            try
            {
                DateTimeOffset now = _time.GetUtcNow();
                IReadOnlyList<ReminderMessage> sent = await _sweep.RunOnceAsync(now, dryRun: false, stoppingToken);
                IReadOnlyList<ReminderMessage> digests = await _digests.RunOnceAsync(now, dryRun: false, stoppingToken);
                tick?.SetTag("actiontracker.reminders", sent.Count);
                tick?.SetTag("actiontracker.digests", digests.Count);
                tick?.SetTag("actiontracker.transcripts.expired", await _retention.RunOnceAsync(now, stoppingToken));
                tick?.SetTag("actiontracker.leases.deleted", await _leaseCleanup.RunOnceAsync(now, stoppingToken));
                Log.RemindersSent(_logger, sent.Count + digests.Count);
                foreach (ReminderMessage repeat in sent.Concat(digests).Where(m => m.PossibleRepeat))
                {
                    Log.PossibleRepeat(_logger, repeat.Kind, repeat.To.Id, repeat.Tenant.Value, string.Join(' ', repeat.Rungs));
                }
            }
            catch (StorageUnavailableException exception)
            {
                tick?.SetStatus(ActivityStatusCode.Error, "storage unavailable");
                Log.WorkerStorageUnavailable(_logger, exception.Message);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                tick?.SetStatus(ActivityStatusCode.Error, exception.GetType().Name);
                Log.SweepFailed(_logger, exception);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false));
    }
}
