using ActionTracker.Core.Ports;
using ActionTracker.Core.Work;
using Microsoft.Extensions.Options;

namespace ActionTracker.Bot.Scheduling;

/// <summary>Thin loop around <see cref="IQueuedWorkRunner.RunOnceAsync"/>: each failed tick is logged and the loop goes on.</summary>
internal sealed class WorkQueueHostedService : BackgroundService
{
    private static readonly TimeSpan UnavailableBackoff = TimeSpan.FromSeconds(5);

    private readonly IQueuedWorkRunner _processor;
    private readonly TimeProvider _time;
    private readonly WorkerOptions _options;
    private readonly ILogger<WorkQueueHostedService> _logger;

    public WorkQueueHostedService(IQueuedWorkRunner processor, TimeProvider time, IOptions<WorkerOptions> options, ILogger<WorkQueueHostedService> logger)
    {
        _processor = processor;
        _time = time;
        _options = options.Value;
        _logger = logger;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!_options.Enabled)
        {
            Log.WorkerDisabled(_logger);
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            TimeSpan wait = TimeSpan.Zero;
            try
            {
                if (await _processor.RunOnceAsync(stoppingToken) == 0)
                {
                    wait = _options.PollInterval;
                }
            }
            catch (StorageUnavailableException exception)
            {
                Log.WorkerStorageUnavailable(_logger, exception.Message);
                wait = UnavailableBackoff;
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                Log.WorkerTickFailed(_logger, exception);
                wait = UnavailableBackoff;
            }

            if (wait > TimeSpan.Zero)
            {
                try
                {
                    await Task.Delay(wait, _time, stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }
}
