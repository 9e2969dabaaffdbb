namespace ActionTracker.Core.Work;

/// <summary>Takes queued work off the durable queue and runs it through its handler.</summary>
public interface IQueuedWorkRunner
{
    /// <summary>Processes one batch of visible work; returns how many messages were taken.</summary>
    Task<int> RunOnceAsync(CancellationToken cancellationToken);
}
