using ActionTracker.Core.Ports;
using ActionTracker.Core.Tenancy;
using ActionTracker.Core.Work;
using ActionTracker.Storage.Queues;
using ActionTracker.Storage.Tests.Infrastructure;
using Azure.Storage.Queues;
using Azure.Storage.Queues.Models;

namespace ActionTracker.Storage.Tests.Queues;

public sealed class WorkQueueProcessorTests : IAsyncDisposable
{
    private readonly RecordingHandler _echo = new("test.echo");
    private readonly RecordingHandler _flaky = new("test.flaky", failFirst: 1);
    private readonly TestStorage _storage;

    public WorkQueueProcessorTests()
    {
        _storage = new TestStorage([_echo, _flaky]);
        _storage.Processor.RetryBaseDelay = TimeSpan.FromMilliseconds(200);
        _storage.Processor.InProgressRecheckDelay = TimeSpan.FromMilliseconds(200);
    }

    public ValueTask DisposeAsync() => _storage.DisposeAsync();

    [Fact]
    public async Task RunOnce_EnqueuedItem_IsHandledOnceAndRemoved()
    {
        WorkItem item = Item("test.echo", "k1", "{\"n\":1}");
        await _storage.WorkQueue.EnqueueAsync(item, null, CancellationToken.None);

        int taken = await _storage.Processor.RunOnceAsync(CancellationToken.None);
        int afterwards = await _storage.Processor.RunOnceAsync(CancellationToken.None);

        Assert.Equal(1, taken);
        Assert.Equal(0, afterwards);
        Assert.Equal(item, Assert.Single(_echo.Handled));
    }

    [Fact]
    public async Task RunOnce_SameWorkEnqueuedTwice_IsHandledOnce()
    {
        await _storage.WorkQueue.EnqueueAsync(Item("test.echo", "dup", "{}"), null, CancellationToken.None);
        await _storage.WorkQueue.EnqueueAsync(Item("test.echo", "dup", "{}"), null, CancellationToken.None);

        await _storage.Processor.RunOnceAsync(CancellationToken.None);
        await _storage.Processor.RunOnceAsync(CancellationToken.None);

        Assert.Single(_echo.Handled);
        Assert.Equal(0, await CountVisibleAsync());
    }

    [Fact]
    public async Task RunOnce_HandlerFails_ItemIsRetriedLaterAndSucceeds()
    {
        await _storage.WorkQueue.EnqueueAsync(Item("test.flaky", "f1", "{}"), null, CancellationToken.None);

        await _storage.Processor.RunOnceAsync(CancellationToken.None);
        Assert.Empty(_flaky.Handled);
        await WaitUntilAsync(async () => await _storage.Processor.RunOnceAsync(CancellationToken.None) > 0);

        Assert.Single(_flaky.Handled);
        Assert.Equal(2, _flaky.Attempts);
    }

    [Fact]
    public async Task RunOnce_WorkerCrashedMidWork_StaleClaimIsRetakenAndWorkDoneOnce()
    {
        WorkItem item = Item("test.echo", "crash", "{}");
        // A worker claimed this work and died before finishing: its claim is left behind.
        IdempotencyClaim orphan = await _storage.Idempotency.TryClaimAsync(item.Tenant, "work:crash", TimeSpan.FromMinutes(2), CancellationToken.None);
        await _storage.WorkQueue.EnqueueAsync(item, null, CancellationToken.None);

        await _storage.Processor.RunOnceAsync(CancellationToken.None);
        Assert.Empty(_echo.Handled);
        _storage.Time.Advance(TimeSpan.FromMinutes(3));
        QueueClient queue = await _storage.Get<StorageQueues>().GetWorkAsync(CancellationToken.None);
        await MakeVisibleAsync(queue);
        await _storage.Processor.RunOnceAsync(CancellationToken.None);

        Assert.Equal(ClaimState.Claimed, orphan.State);
        Assert.Single(_echo.Handled);
    }

    [Fact]
    public async Task RunOnce_UnknownKind_GoesToThePoisonQueue()
    {
        await _storage.WorkQueue.EnqueueAsync(Item("nobody.handles.this", "p1", "{}"), null, CancellationToken.None);

        await _storage.Processor.RunOnceAsync(CancellationToken.None);

        QueueClient poison = await _storage.Get<StorageQueues>().GetPoisonAsync(CancellationToken.None);
        PeekedMessage[] poisoned = (await poison.PeekMessagesAsync(10)).Value;
        Assert.Single(poisoned);
        Assert.Contains("nobody.handles.this", poisoned[0].Body.ToString(), StringComparison.Ordinal);
        Assert.Equal(0, await CountVisibleAsync());
    }

    [Fact]
    public async Task Enqueue_OversizedPayload_IsRefused()
    {
        WorkItem item = Item("test.echo", "big", new string('x', QueueWorkQueue.MaxPayloadBytes + 1));

        await Assert.ThrowsAsync<ArgumentException>(() => _storage.WorkQueue.EnqueueAsync(item, null, CancellationToken.None));
    }

    [Fact]
    public async Task Enqueue_WithDelay_StaysInvisibleUntilDue()
    {
        await _storage.WorkQueue.EnqueueAsync(Item("test.echo", "later", "{}"), TimeSpan.FromMinutes(10), CancellationToken.None);

        int taken = await _storage.Processor.RunOnceAsync(CancellationToken.None);

        Assert.Equal(0, taken);
        Assert.Empty(_echo.Handled);
    }

    private static WorkItem Item(string kind, string key, string payload) => new()
    {
        Kind = kind,
        Tenant = TenantKey.ForSlack("T0001", null, false),
        IdempotencyKey = key,
        Payload = payload,
    };

    private async Task<int> CountVisibleAsync()
    {
        QueueClient queue = await _storage.Get<StorageQueues>().GetWorkAsync(CancellationToken.None);
        return (await queue.PeekMessagesAsync(32)).Value.Length;
    }

    /// <summary>Ends the invisibility the processor set, as the passing of time would.</summary>
    private static async Task MakeVisibleAsync(QueueClient queue)
    {
        // Received messages can be updated only with their pop receipt; wait for the short re-check delay instead.
        for (int i = 0; i < 100 && (await queue.PeekMessagesAsync(1)).Value.Length == 0; i++)
        {
            await Task.Delay(100);
        }
    }

    private static async Task WaitUntilAsync(Func<Task<bool>> condition)
    {
        for (int i = 0; i < 50; i++)
        {
            if (await condition())
            {
                return;
            }

            await Task.Delay(100);
        }

        Assert.Fail("condition not met within 5 s");
    }
}
