using ActionTracker.Core.Items;
using ActionTracker.Core.Ports;
using ActionTracker.Core.Tenancy;
using ActionTracker.Storage.Tests.Infrastructure;

namespace ActionTracker.Storage.Tests.Tables;

public sealed class TableDueIndexTests : IAsyncDisposable
{
    private static readonly DateTimeOffset Monday = new(2026, 11, 23, 16, 0, 0, TimeSpan.Zero);

    private readonly TestStorage _storage = new();

    public ValueTask DisposeAsync() => _storage.DisposeAsync();

    [Fact]
    public async Task QueryDue_ReturnsOnlyOpenItemsDueInTheWindow_AcrossTenants()
    {
        TenantKey a = Items.NewTenant();
        TenantKey b = Items.NewTenant();
        ActionItem inWindowA = await CreateAsync(a, Monday.AddHours(1));
        ActionItem inWindowB = await CreateAsync(b, Monday.AddHours(5));
        await CreateAsync(a, Monday.AddDays(3));
        await CreateAsync(a, Monday.AddHours(-1));
        await CreateAsync(b, null);

        IReadOnlyList<DueEntry> due = await _storage.DueIndex.QueryDueAsync(Monday, Monday.AddHours(6), CancellationToken.None);

        Assert.Equal(
            [(a, inWindowA.Number), (b, inWindowB.Number)],
            due.Select(d => (d.Tenant, d.Number)).ToArray());
    }

    [Fact]
    public async Task QueryDue_WindowEdges_AreHalfOpen()
    {
        TenantKey tenant = Items.NewTenant();
        await CreateAsync(tenant, Monday);
        await CreateAsync(tenant, Monday.AddHours(1));

        IReadOnlyList<DueEntry> due = await _storage.DueIndex.QueryDueAsync(Monday, Monday.AddHours(1), CancellationToken.None);

        Assert.Equal(Monday, Assert.Single(due).DueUtc);
    }

    [Fact]
    public async Task QueryDue_AfterDueDateMoved_FindsItOnlyAtTheNewDate()
    {
        TenantKey tenant = Items.NewTenant();
        ActionItem item = await CreateAsync(tenant, Monday.AddHours(1));

        StoreResult<ActionItem> moved = await _storage.Items.UpdateAsync(
            item, item with { Due = item.Due! with { Utc = Monday.AddDays(2) } }, Items.Maria, CancellationToken.None);

        Assert.True(moved.IsOk);
        Assert.Empty(await _storage.DueIndex.QueryDueAsync(Monday, Monday.AddDays(1), CancellationToken.None));
        Assert.Single(await _storage.DueIndex.QueryDueAsync(Monday.AddDays(2), Monday.AddDays(2).AddHours(1), CancellationToken.None));
    }

    [Fact]
    public async Task QueryDue_DoneItem_IsNotDueAndReopenedItemIsAgain()
    {
        TenantKey tenant = Items.NewTenant();
        ActionItem item = await CreateAsync(tenant, Monday.AddHours(1));
        ActionItem done = (await _storage.Items.UpdateAsync(item, item with { Status = ItemStatus.Done }, Items.Maria, CancellationToken.None)).Value!;

        IReadOnlyList<DueEntry> whileDone = await _storage.DueIndex.QueryDueAsync(Monday, Monday.AddHours(2), CancellationToken.None);
        await _storage.Items.UpdateAsync(done, done with { Status = ItemStatus.Open }, Items.Maria, CancellationToken.None);
        IReadOnlyList<DueEntry> reopened = await _storage.DueIndex.QueryDueAsync(Monday, Monday.AddHours(2), CancellationToken.None);

        Assert.Empty(whileDone);
        Assert.Single(reopened);
    }

    [Fact]
    public async Task QueryDue_StaleRowFromConflictedUpdate_IsIgnored()
    {
        TenantKey tenant = Items.NewTenant();
        ActionItem item = await CreateAsync(tenant, Monday.AddHours(1));
        await _storage.Items.UpdateAsync(item, item with { Title = "Changed first" }, Items.Maria, CancellationToken.None);

        // This update loses the race, but it wrote its new due row before finding out.
        StoreResult<ActionItem> lost = await _storage.Items.UpdateAsync(
            item, item with { Due = item.Due! with { Utc = Monday.AddHours(3) } }, Items.Tom, CancellationToken.None);
        _storage.Time.Advance(TimeSpan.FromHours(1));
        IReadOnlyList<DueEntry> due = await _storage.DueIndex.QueryDueAsync(Monday, Monday.AddHours(4), CancellationToken.None);

        Assert.Equal(StoreOutcome.Conflict, lost.Outcome);
        Assert.Equal(Monday.AddHours(1), Assert.Single(due).DueUtc);
    }

    private async Task<ActionItem> CreateAsync(TenantKey tenant, DateTimeOffset? due)
    {
        StoreResult<ActionItem> result = await _storage.Items.CreateAsync(Items.Draft(tenant, due: due), Items.Tom, CancellationToken.None);
        Assert.True(result.IsOk, result.Message);
        return result.Value!;
    }
}
