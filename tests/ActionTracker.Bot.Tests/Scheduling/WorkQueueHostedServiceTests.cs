using System.Collections.Concurrent;
using ActionTracker.Bot.Tests.Infrastructure;
using ActionTracker.Core.Tenancy;
using ActionTracker.Core.Work;
using Microsoft.Extensions.DependencyInjection;

namespace ActionTracker.Bot.Tests.Scheduling;

public sealed class WorkQueueHostedServiceTests
{
    [Fact]
    public async Task HostedWorker_EnqueuedWork_IsHandledInTheBackground()
    {
        var handler = new CollectingHandler();
        await using var factory = new BotFactory(services: s => s.AddSingleton<IWorkHandler>(handler));
        using HttpClient client = factory.CreateClient();
        IWorkQueue queue = factory.Services.GetRequiredService<IWorkQueue>();

        await queue.EnqueueAsync(
            new WorkItem { Kind = CollectingHandler.KindName, Tenant = TenantKey.ForTeams("t1"), IdempotencyKey = "w1", Payload = "{\"x\":1}" },
            null,
            CancellationToken.None);

        WorkItem handled = await handler.Received.Task.WaitAsync(TimeSpan.FromSeconds(20));
        Assert.Equal("{\"x\":1}", handled.Payload);
    }

    private sealed class CollectingHandler : IWorkHandler
    {
        public const string KindName = "test.collect";

        public TaskCompletionSource<WorkItem> Received { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public string Kind => KindName;

        public Task HandleAsync(WorkItem item, CancellationToken cancellationToken)
        {
            Received.TrySetResult(item);
            return Task.CompletedTask;
        }
    }
}
