using ActionTracker.Core.Audit;
using ActionTracker.Core.Items;
using ActionTracker.Core.Ports;
using ActionTracker.Core.Sync;
using ActionTracker.Core.Tenancy;
using ActionTracker.Storage.Tests.Infrastructure;

namespace ActionTracker.Storage.Tests.Tables;

public sealed class TableTodoSyncStoreTests : IAsyncDisposable
{
    private readonly TestStorage _storage = new();

    private ITodoSyncStore Store => _storage.Get<ITodoSyncStore>();

    public ValueTask DisposeAsync() => _storage.DisposeAsync();

    [Fact]
    public async Task SaveState_RoundTripsAndDetectsConcurrentChanges()
    {
        TenantKey tenant = Items.NewTenant();
        var state = new TodoSyncState { Tenant = tenant, Person = Items.Maria, Enabled = true };

        StoreResult<TodoSyncState> saved = await Store.SaveStateAsync(state, CancellationToken.None);
        StoreResult<TodoSyncState> updated = await Store.SaveStateAsync(
            saved.Value! with { ListId = "list-1", DeltaLink = "https://graph/delta?token=a'b", LastSyncedAt = _storage.Time.GetUtcNow() }, CancellationToken.None);
        StoreResult<TodoSyncState> stale = await Store.SaveStateAsync(saved.Value! with { Enabled = false }, CancellationToken.None);
        StoreResult<TodoSyncState> duplicate = await Store.SaveStateAsync(state, CancellationToken.None);
        TodoSyncState? read = await Store.GetStateAsync(tenant, Items.Maria.Id, CancellationToken.None);

        Assert.True(saved.IsOk);
        Assert.True(updated.IsOk);
        Assert.Equal(StoreOutcome.Conflict, stale.Outcome);
        Assert.Equal(StoreOutcome.Conflict, duplicate.Outcome);
        Assert.Equal(("list-1", "https://graph/delta?token=a'b", true, null), (read!.ListId, read.DeltaLink, read.Enabled, read.PausedReason));
        Assert.Equal(Items.Maria, read.Person);
        Assert.Null(await Store.GetStateAsync(Items.NewTenant(), Items.Maria.Id, CancellationToken.None));
    }

    [Fact]
    public async Task ListEnabled_OnlyPeopleWithSyncOn_AcrossTenants()
    {
        TenantKey first = Items.NewTenant();
        TenantKey second = Items.NewTenant();
        await Store.SaveStateAsync(new TodoSyncState { Tenant = first, Person = Items.Maria, Enabled = true }, CancellationToken.None);
        await Store.SaveStateAsync(new TodoSyncState { Tenant = first, Person = Items.Tom, Enabled = false }, CancellationToken.None);
        await Store.SaveStateAsync(new TodoSyncState { Tenant = second, Person = Items.Tom, Enabled = true }, CancellationToken.None);
        await Store.SaveLinkAsync(Link(first, 1), CancellationToken.None);

        IReadOnlyList<TodoSyncState> enabled = await Store.ListEnabledAsync(CancellationToken.None);

        Assert.Equal(
            [(first, Items.Maria.Id), (second, Items.Tom.Id)],
            enabled.Select(s => (s.Tenant, s.Person.Id)).OrderBy(p => p.Item2, StringComparer.Ordinal).ToList());
    }

    [Fact]
    public async Task Links_PerPersonAndTenant_SaveListDelete()
    {
        TenantKey tenant = Items.NewTenant();
        await Store.SaveLinkAsync(Link(tenant, 1), CancellationToken.None);
        await Store.SaveLinkAsync(Link(tenant, 2) with { Completed = true, Detached = true }, CancellationToken.None);
        await Store.SaveLinkAsync(Link(tenant, 3) with { PersonId = Items.Tom.Id }, CancellationToken.None);
        await Store.SaveLinkAsync(Link(Items.NewTenant(), 4), CancellationToken.None);

        IReadOnlyList<TodoTaskLink> before = await Store.ListLinksAsync(tenant, Items.Maria.Id, CancellationToken.None);
        await Store.DeleteLinkAsync(tenant, Items.Maria.Id, new ItemNumber(1), CancellationToken.None);
        await Store.DeleteLinkAsync(tenant, Items.Maria.Id, new ItemNumber(1), CancellationToken.None);
        IReadOnlyList<TodoTaskLink> after = await Store.ListLinksAsync(tenant, Items.Maria.Id, CancellationToken.None);

        Assert.Equal([1L, 2L], before.Select(l => l.Number.Value));
        TodoTaskLink second = before[1];
        Assert.Equal(("task-2", "fp", true, true, 7), (second.TaskId, second.Fingerprint, second.Completed, second.Detached, second.ItemRevision));
        Assert.Equal(_storage.Time.GetUtcNow(), second.TaskModifiedAt);
        Assert.Equal([2L], after.Select(l => l.Number.Value));
    }

    [Fact]
    public async Task RecordAudit_AddsHistoryRowsWithoutChangingTheItem()
    {
        TenantKey tenant = Items.NewTenant();
        ActionItem item = (await _storage.Items.CreateAsync(Items.Draft(tenant), Items.Maria, CancellationToken.None)).Value!;
        AuditEntry entry = new()
        {
            Tenant = tenant,
            Subject = item.Number.ToString(),
            Actor = TodoSyncWorkHandler.SyncActor,
            At = _storage.Time.GetUtcNow(),
            Revision = item.Revision,
            Change = new FieldChange("sync", null, "To Do sync conflict: ActionTracker won"),
        };

        await _storage.Items.RecordAsync(entry, CancellationToken.None);
        await _storage.Items.RecordAsync(entry with { Change = new FieldChange("sync", null, "second") }, CancellationToken.None);
        IReadOnlyList<AuditEntry> history = await _storage.Items.GetHistoryAsync(tenant, item.Number, CancellationToken.None);

        Assert.Equal(["To Do sync conflict: ActionTracker won", "second"], history.Where(h => h.Change.Field == "sync").Select(h => h.Change.NewValue));
        Assert.Equal(item.Version, (await _storage.Items.GetAsync(tenant, item.Number, CancellationToken.None))!.Version);
    }

    private TodoTaskLink Link(TenantKey tenant, long number) => new()
    {
        Tenant = tenant,
        PersonId = Items.Maria.Id,
        Number = new ItemNumber(number),
        TaskId = "task-" + number,
        Fingerprint = "fp",
        TaskModifiedAt = _storage.Time.GetUtcNow(),
        ItemRevision = 7,
    };
}
