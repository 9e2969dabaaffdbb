using System.Text;
using System.Text.Json;
using ActionTracker.Core.Work;
using ActionTracker.Storage.Entities;
using ActionTracker.Storage.Tables;
using Azure.Storage.Queues;

namespace ActionTracker.Storage.Queues;

/// <summary>Enqueues work on Azure Queue Storage; messages never expire, so nothing is dropped while workers are down.</summary>
internal sealed class QueueWorkQueue : IWorkQueue
{
    /// <summary>Queue messages are limited to 64 KiB after Base64; large inputs belong in a table row the payload points to.</summary>
    public const int MaxPayloadBytes = 46 * 1024;

    /// <summary>Azure Queue Storage delays a message by at most seven days.</summary>
    public static readonly TimeSpan MaxDelay = TimeSpan.FromDays(7);

    private static readonly TimeSpan NeverExpire = TimeSpan.FromSeconds(-1);

    private readonly StorageQueues _queues;

    public QueueWorkQueue(StorageQueues queues)
    {
        _queues = queues;
    }

    public Task EnqueueAsync(WorkItem item, TimeSpan? delay, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(item);
        string body = JsonSerializer.Serialize(
            new StoredWorkMessage(item.Kind, item.Tenant.Value, item.IdempotencyKey, item.Payload),
            StorageJsonContext.Default.StoredWorkMessage);
        if (Encoding.UTF8.GetByteCount(body) > MaxPayloadBytes)
        {
            throw new ArgumentException($"A work item may hold at most {MaxPayloadBytes} bytes; store large inputs and enqueue a reference.", nameof(item));
        }

        if (delay is { } d && (d < TimeSpan.Zero || d > MaxDelay))
        {
            throw new ArgumentOutOfRangeException(nameof(delay), "A work item can be delayed by 0 to 7 days.");
        }

        return StorageErrors.GuardAsync(
            async () =>
            {
                QueueClient queue = await _queues.GetWorkAsync(cancellationToken);
                await queue.SendMessageAsync(body, delay, NeverExpire, cancellationToken);
            },
            cancellationToken);
    }
}
