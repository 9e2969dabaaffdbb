namespace ActionTracker.Core.Work;

/// <summary>Performs one kind of queued work. Throwing leaves the item queued for a later retry.</summary>
public interface IWorkHandler
{
    string Kind { get; }

    Task HandleAsync(WorkItem item, CancellationToken cancellationToken);
}
