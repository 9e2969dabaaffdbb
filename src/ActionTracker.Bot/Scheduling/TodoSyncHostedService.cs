using ActionTracker.Core.Ports;
using ActionTracker.Core.Sync;
using ActionTracker.Teams.Graph;
using Microsoft.Extensions.Options;

namespace ActionTracker.Bot.Scheduling;

/// <summary>
/// Every <c>Graph:SyncIntervalMinutes</c> queues a Microsoft To Do sync for each person who turned it on. Safe on every
/// instance: the interval is leased, so one instance queues it. Does nothing unless <c>Graph:TodoSyncEnabled</c>.
/// </summary>
internal sealed class TodoSyncHostedService : BackgroundService
{
    private readonly TodoSyncSweep _sweep;
    private readonly ITodoTaskClient _client;
    private readonly TimeProvider _time;
    private readonly GraphOptions _graph;
    private readonly SchedulerOptions _scheduler;
    private readonly ILogger<TodoSyncHostedService> _logger;

    public TodoSyncHostedService(
        TodoSyncSweep sweep, ITodoTaskClient client, TimeProvider time, IOptions<GraphOptions> graph, IOptions<SchedulerOptions> scheduler, ILogger<TodoSyncHostedService> logger)
    {
        _sweep = sweep;
        _client = client;
        _time = time;
        _graph = graph.Value;
        _scheduler = scheduler.Value;
        _logger = logger;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!_scheduler.Enabled || !_client.IsAvailable)
        {
            return;
        }

        TimeSpan interval = TimeSpan.FromMinutes(_graph.SyncIntervalMinutes);
        using var timer = new PeriodicTimer(interval, _time);
        do
        {
            try
            {
                int queued = await _sweep.RunOnceAsync(_time.GetUtcNow(), interval, stoppingToken);
                Log.TodoSyncQueued(_logger, queued);
            }
            catch (StorageUnavailableException exception)
            {
                Log.WorkerStorageUnavailable(_logger, exception.Message);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                Log.TodoSyncFailed(_logger, exception);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false));
    }
}
