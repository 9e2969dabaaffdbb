using ActionTracker.Core.Ports;
using ActionTracker.Core.Sync;
using ActionTracker.Core.Tenancy;
using ActionTracker.Core.Work;
using ActionTracker.Storage.Tests.Infrastructure;

namespace ActionTracker.Storage.Tests.Workflows;

/// <summary>The To Do sweep over real tables and queue: leased per interval, only active people, one job each.</summary>
public sealed class TodoSyncSweepTests : IAsyncDisposable
{
    private static readonly TimeSpan Interval = TimeSpan.FromMinutes(5);

    private readonly RecordingHandler _handler = new();
    private readonly TestStorage _storage;

    public TodoSyncSweepTests()
    {
        _storage = new TestStorage([_handler]);
    }

    public ValueTask DisposeAsync() => _storage.DisposeAsync();

    [Fact]
    public async Task RunOnce_TwoInstancesSameInterval_OnlyActivePeopleQueuedOnce()
    {
        ITodoSyncStore store = _storage.Get<ITodoSyncStore>();
        TenantKey tenant = Items.NewTenant();
        await store.SaveStateAsync(new TodoSyncState { Tenant = tenant, Person = Items.Maria, Enabled = true }, CancellationToken.None);
        await store.SaveStateAsync(new TodoSyncState { Tenant = tenant, Person = Items.Tom, Enabled = true, PausedReason = "Microsoft Graph answered 403" }, CancellationToken.None);
        TodoSyncSweep first = Sweep(available: true);
        TodoSyncSweep second = Sweep(available: true);
        DateTimeOffset now = _storage.Time.GetUtcNow();

        int queuedByFirst = await first.RunOnceAsync(now, Interval, CancellationToken.None);
        int queuedBySecond = await second.RunOnceAsync(now.AddMinutes(1), Interval, CancellationToken.None);
        int nextInterval = await second.RunOnceAsync(now.AddMinutes(5), Interval, CancellationToken.None);
        while (await _storage.Processor.RunOnceAsync(CancellationToken.None) > 0)
        {
        }

        Assert.Equal((1, 0, 1), (queuedByFirst, queuedBySecond, nextInterval));
        Assert.Equal(2, _handler.Handled.Count);
        Assert.All(_handler.Handled, w => Assert.Contains(Items.Maria.Id, w.Payload, StringComparison.Ordinal));
    }

    [Fact]
    public async Task RunOnce_SyncNotOfferedByTheInstallation_QueuesNothing()
    {
        await _storage.Get<ITodoSyncStore>().SaveStateAsync(new TodoSyncState { Tenant = Items.NewTenant(), Person = Items.Maria, Enabled = true }, CancellationToken.None);

        int queued = await Sweep(available: false).RunOnceAsync(_storage.Time.GetUtcNow(), Interval, CancellationToken.None);

        Assert.Equal(0, queued);
        Assert.Equal(0, await _storage.Processor.RunOnceAsync(CancellationToken.None));
    }

    private TodoSyncSweep Sweep(bool available) =>
        new(_storage.Get<ITodoSyncStore>(), _storage.Get<ILeaseStore>(), _storage.WorkQueue, new UnusedTodoClient(available));

    private sealed class RecordingHandler : IWorkHandler
    {
        public List<WorkItem> Handled { get; } = [];

        public string Kind => TodoSyncJob.WorkKind;

        public Task HandleAsync(WorkItem item, CancellationToken cancellationToken)
        {
            Handled.Add(item);
            return Task.CompletedTask;
        }
    }

    /// <summary>The sweep only asks whether sync is offered; it never calls Graph.</summary>
    private sealed class UnusedTodoClient(bool available) : ITodoTaskClient
    {
        public bool IsAvailable => available;

        public Task<string> EnsureListAsync(TenantKey tenant, string userId, string? knownListId, string displayName, CancellationToken cancellationToken) => throw new InvalidOperationException();

        public Task<TodoTaskSnapshot> CreateAsync(TenantKey tenant, string userId, string listId, TodoTaskContent content, CancellationToken cancellationToken) => throw new InvalidOperationException();

        public Task<TodoTaskSnapshot?> UpdateAsync(TenantKey tenant, string userId, string listId, string taskId, TodoTaskContent content, CancellationToken cancellationToken) => throw new InvalidOperationException();

        public Task DeleteAsync(TenantKey tenant, string userId, string listId, string taskId, CancellationToken cancellationToken) => throw new InvalidOperationException();

        public Task<TodoTaskSnapshot?> FindAsync(TenantKey tenant, string userId, string listId, string externalId, CancellationToken cancellationToken) => throw new InvalidOperationException();

        public Task<TodoDelta> ReadChangesAsync(TenantKey tenant, string userId, string listId, string? deltaLink, CancellationToken cancellationToken) => throw new InvalidOperationException();
    }
}
