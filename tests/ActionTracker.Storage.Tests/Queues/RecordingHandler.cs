using System.Collections.Concurrent;
using ActionTracker.Core.Work;

namespace ActionTracker.Storage.Tests.Queues;

/// <summary>A real handler that records what it ran and can fail its first calls.</summary>
internal sealed class RecordingHandler : IWorkHandler
{
    private int _failuresLeft;

    public RecordingHandler(string kind, int failFirst = 0)
    {
        Kind = kind;
        _failuresLeft = failFirst;
    }

    public string Kind { get; }

    public ConcurrentQueue<WorkItem> Handled { get; } = new();

    public int Attempts;

    public Task HandleAsync(WorkItem item, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref Attempts);
        if (Interlocked.Decrement(ref _failuresLeft) >= 0)
        {
            throw new InvalidOperationException("simulated failure");
        }

        Handled.Enqueue(item);
        return Task.CompletedTask;
    }
}
