namespace ActionTracker.Core.Work;

/// <summary>A durable queue: an enqueued item survives restarts and is retried until a handler completes it.</summary>
public interface IWorkQueue
{
    Task EnqueueAsync(WorkItem item, TimeSpan? delay, CancellationToken cancellationToken);
}
