using ActionTracker.Core.Audit;
using ActionTracker.Core.Items;
using ActionTracker.Core.People;
using ActionTracker.Core.Ports;
using ActionTracker.Core.Tenancy;
using ActionTracker.Storage.Tests.Infrastructure;

namespace ActionTracker.Storage.Tests.Tables;

public sealed class TableActionItemStoreTests : IAsyncDisposable
{
    private readonly TestStorage _storage = new();

    public ValueTask DisposeAsync() => _storage.DisposeAsync();

    [Fact]
    public async Task Create_FirstItemsOfTenant_GetSequentialNumbersAndCreatedAudit()
    {
        TenantKey tenant = Items.NewTenant();

        StoreResult<ActionItem> first = await _storage.Items.CreateAsync(Items.Draft(tenant), Items.Tom, CancellationToken.None);
        StoreResult<ActionItem> second = await _storage.Items.CreateAsync(Items.Draft(tenant, "Book the offsite"), Items.Tom, CancellationToken.None);

        Assert.True(first.IsOk);
        Assert.Equal("#1", first.Value!.Number.ToString());
        Assert.Equal("#2", second.Value!.Number.ToString());
        Assert.NotNull(first.Value.Version);
        Assert.Equal(_storage.Time.GetUtcNow(), first.Value.CreatedAt);
        IReadOnlyList<AuditEntry> history = await _storage.Items.GetHistoryAsync(tenant, first.Value.Number, CancellationToken.None);
        AuditEntry created = Assert.Single(history);
        Assert.Equal("created", created.Change.Field);
        Assert.Equal(Items.Tom, created.Actor);
    }

    [Fact]
    public async Task Create_16ConcurrentCreatorsOf50Items_Give800DistinctGaplessNumbers()
    {
        TenantKey tenant = Items.NewTenant();

        ActionItem[][] created = await Task.WhenAll(Enumerable.Range(0, 16).Select(creator => Task.Run(async () =>
        {
            var mine = new List<ActionItem>();
            for (int i = 0; i < 50; i++)
            {
                StoreResult<ActionItem> result = await _storage.Items.CreateAsync(Items.Draft(tenant, $"Item {creator}.{i}"), Items.Tom, CancellationToken.None);
                Assert.True(result.IsOk, result.Message);
                mine.Add(result.Value!);
            }

            return mine.ToArray();
        })));

        long[] numbers = created.SelectMany(c => c).Select(i => i.Number.Value).OrderBy(n => n).ToArray();
        Assert.Equal(Enumerable.Range(1, 800).Select(n => (long)n), numbers);
        var stored = new List<ActionItem>();
        string? token = null;
        do
        {
            ResultPage<ActionItem> page = await _storage.Items.ListAsync(tenant, ItemListFilter.All, token, 1000, CancellationToken.None);
            stored.AddRange(page.Items);
            token = page.ContinuationToken;
        }
        while (token is not null);
        Assert.Equal(800, stored.Count);
        Assert.Equal(numbers, stored.Select(i => i.Number.Value).OrderBy(n => n));
        Assert.All(stored, i => Assert.StartsWith("Item ", i.Title, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Get_ItemOfAnotherTenant_ReturnsNull()
    {
        TenantKey mine = Items.NewTenant();
        TenantKey theirs = Items.NewTenant();
        ActionItem item = (await _storage.Items.CreateAsync(Items.Draft(mine), Items.Tom, CancellationToken.None)).Value!;

        ActionItem? crossTenant = await _storage.Items.GetAsync(theirs, item.Number, CancellationToken.None);
        ResultPage<ActionItem> theirList = await _storage.Items.ListAsync(theirs, ItemListFilter.All, null, 100, CancellationToken.None);
        ResultPage<ActionItem> theirOwnerList = await _storage.Items.ListByOwnerAsync(theirs, Items.Maria.Id, ItemListFilter.All, null, 100, CancellationToken.None);

        Assert.Null(crossTenant);
        Assert.Empty(theirList.Items);
        Assert.Empty(theirOwnerList.Items);
        Assert.NotNull(await _storage.Items.GetAsync(mine, item.Number, CancellationToken.None));
    }

    [Fact]
    public async Task Update_WithStaleVersion_ReturnsConflictAndKeepsTheOtherWrite()
    {
        TenantKey tenant = Items.NewTenant();
        ActionItem original = (await _storage.Items.CreateAsync(Items.Draft(tenant), Items.Tom, CancellationToken.None)).Value!;
        StoreResult<ActionItem> first = await _storage.Items.UpdateAsync(original, original with { Title = "Send the revised deck" }, Items.Maria, CancellationToken.None);

        StoreResult<ActionItem> stale = await _storage.Items.UpdateAsync(original, original with { Priority = Priority.Urgent }, Items.Tom, CancellationToken.None);

        Assert.True(first.IsOk);
        Assert.Equal(StoreOutcome.Conflict, stale.Outcome);
        Assert.Contains("#1", stale.Message, StringComparison.Ordinal);
        ActionItem stored = (await _storage.Items.GetAsync(tenant, original.Number, CancellationToken.None))!;
        Assert.Equal("Send the revised deck", stored.Title);
        Assert.Equal(Priority.Normal, stored.Priority);
        Assert.Equal(2, stored.Revision);
    }

    [Fact]
    public async Task Update_ChangedFields_WriteOneAuditRowEachWithOldAndNew()
    {
        TenantKey tenant = Items.NewTenant();
        ActionItem original = (await _storage.Items.CreateAsync(Items.Draft(tenant), Items.Tom, CancellationToken.None)).Value!;
        _storage.Time.Advance(TimeSpan.FromHours(2));

        StoreResult<ActionItem> updated = await _storage.Items.UpdateAsync(
            original, original with { Status = ItemStatus.Done, Priority = Priority.High }, Items.Maria, CancellationToken.None);
        IReadOnlyList<AuditEntry> history = await _storage.Items.GetHistoryAsync(tenant, original.Number, CancellationToken.None);

        Assert.True(updated.IsOk);
        Assert.Equal(_storage.Time.GetUtcNow(), updated.Value!.CompletedAt);
        Assert.Equal(3, history.Count);
        AuditEntry status = Assert.Single(history, h => h.Change.Field == "status");
        Assert.Equal(("Open", "Done"), (status.Change.OldValue, status.Change.NewValue));
        Assert.Equal(Items.Maria, status.Actor);
        Assert.Equal(_storage.Time.GetUtcNow(), status.At);
        AuditEntry priority = Assert.Single(history, h => h.Change.Field == "priority");
        Assert.Equal(("Normal", "High"), (priority.Change.OldValue, priority.Change.NewValue));
    }

    [Fact]
    public async Task Update_NoChange_WritesNothing()
    {
        TenantKey tenant = Items.NewTenant();
        ActionItem original = (await _storage.Items.CreateAsync(Items.Draft(tenant), Items.Tom, CancellationToken.None)).Value!;

        StoreResult<ActionItem> result = await _storage.Items.UpdateAsync(original, original with { }, Items.Tom, CancellationToken.None);

        Assert.True(result.IsOk);
        Assert.Equal(original.Version, result.Value!.Version);
        Assert.Single(await _storage.Items.GetHistoryAsync(tenant, original.Number, CancellationToken.None));
    }

    [Fact]
    public async Task Update_NewOwner_MovesOwnerIndexRowInTheSameWrite()
    {
        TenantKey tenant = Items.NewTenant();
        ActionItem original = (await _storage.Items.CreateAsync(Items.Draft(tenant, owner: Items.Maria), Items.Tom, CancellationToken.None)).Value!;

        StoreResult<ActionItem> result = await _storage.Items.UpdateAsync(original, original with { Owner = Items.Tom }, Items.Tom, CancellationToken.None);

        Assert.True(result.IsOk);
        Assert.Empty((await _storage.Items.ListByOwnerAsync(tenant, Items.Maria.Id, ItemListFilter.All, null, 10, CancellationToken.None)).Items);
        ActionItem listed = Assert.Single((await _storage.Items.ListByOwnerAsync(tenant, Items.Tom.Id, ItemListFilter.All, null, 10, CancellationToken.None)).Items);
        Assert.Equal(original.Number, listed.Number);
        Assert.Null(listed.Version);
    }

    [Fact]
    public async Task ListByOwner_OpenOnly_SkipsClosedItems()
    {
        TenantKey tenant = Items.NewTenant();
        ActionItem done = (await _storage.Items.CreateAsync(Items.Draft(tenant, "Done one"), Items.Tom, CancellationToken.None)).Value!;
        await _storage.Items.CreateAsync(Items.Draft(tenant, "Open one"), Items.Tom, CancellationToken.None);
        await _storage.Items.UpdateAsync(done, done with { Status = ItemStatus.Done }, Items.Maria, CancellationToken.None);

        ResultPage<ActionItem> open = await _storage.Items.ListByOwnerAsync(tenant, Items.Maria.Id, new ItemListFilter { OpenOnly = true }, null, 10, CancellationToken.None);
        ResultPage<ActionItem> all = await _storage.Items.ListByOwnerAsync(tenant, Items.Maria.Id, ItemListFilter.All, null, 10, CancellationToken.None);

        Assert.Equal("Open one", Assert.Single(open.Items).Title);
        Assert.Equal(2, all.Items.Count);
    }

    [Fact]
    public async Task ListByGoal_FollowsGoalLinkChanges()
    {
        TenantKey tenant = Items.NewTenant();
        ActionItem item = (await _storage.Items.CreateAsync(Items.Draft(tenant) with { GoalId = "G7" }, Items.Tom, CancellationToken.None)).Value!;

        await _storage.Items.UpdateAsync(item, item with { GoalId = "G8" }, Items.Tom, CancellationToken.None);

        Assert.Empty((await _storage.Items.ListByGoalAsync(tenant, "G7", ItemListFilter.All, null, 10, CancellationToken.None)).Items);
        Assert.Single((await _storage.Items.ListByGoalAsync(tenant, "G8", ItemListFilter.All, null, 10, CancellationToken.None)).Items);
    }

    [Fact]
    public async Task Create_TitleOver500Characters_IsRefusedWithTheLimitAndStoresNothing()
    {
        TenantKey tenant = Items.NewTenant();

        StoreResult<ActionItem> result = await _storage.Items.CreateAsync(Items.Draft(tenant, new string('x', 501)), Items.Tom, CancellationToken.None);
        StoreResult<ActionItem> next = await _storage.Items.CreateAsync(Items.Draft(tenant), Items.Tom, CancellationToken.None);

        Assert.Equal(StoreOutcome.Invalid, result.Outcome);
        Assert.Contains("500", result.Message, StringComparison.Ordinal);
        Assert.Equal("#1", next.Value!.Number.ToString());
    }

    [Fact]
    public async Task Update_NotesOver8KB_IsRefusedAndKeepsStoredItem()
    {
        TenantKey tenant = Items.NewTenant();
        ActionItem item = (await _storage.Items.CreateAsync(Items.Draft(tenant), Items.Tom, CancellationToken.None)).Value!;

        StoreResult<ActionItem> result = await _storage.Items.UpdateAsync(item, item with { Notes = new string('n', 8193) }, Items.Tom, CancellationToken.None);

        Assert.Equal(StoreOutcome.Invalid, result.Outcome);
        Assert.Contains("8 KB", result.Message, StringComparison.Ordinal);
        ActionItem stored = (await _storage.Items.GetAsync(tenant, item.Number, CancellationToken.None))!;
        Assert.Null(stored.Notes);
        Assert.Equal(item.Version, stored.Version);
    }

    [Fact]
    public async Task List_1200Items_PagesPastTheThousandRowPage()
    {
        TenantKey tenant = Items.NewTenant();
        await Parallel.ForEachAsync(Enumerable.Range(0, 1200), new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (i, ct) =>
        {
            ActionItem draft = Items.Draft(tenant, $"Bulk {i}", owner: Items.Tom);
            Assert.True((await _storage.Items.CreateAsync(draft, Items.Tom, ct)).IsOk);
        });

        var seen = new List<long>();
        int pages = 0;
        string? token = null;
        do
        {
            ResultPage<ActionItem> page = await _storage.Items.ListByOwnerAsync(tenant, Items.Tom.Id, new ItemListFilter { OpenOnly = true }, token, 1000, CancellationToken.None);
            Assert.InRange(page.Items.Count, 1, 1000);
            seen.AddRange(page.Items.Select(i => i.Number.Value));
            token = page.ContinuationToken;
            pages++;
        }
        while (token is not null);

        Assert.Equal(2, pages);
        Assert.Equal(Enumerable.Range(1, 1200).Select(n => (long)n), seen.Order());
    }

    [Theory]
    [InlineData("../etc/passwd")]
    [InlineData("#42")]
    [InlineData("O'Brien")]
    [InlineData("x' or 1 eq 1 or 'a' eq 'a")]
    [InlineData("a/b\\c?d|e%f")]
    [InlineData("🙂 émoji")]
    public async Task ListByOwner_HostileOwnerIds_AreEscapedAndMatchOnlyThemselves(string hostileId)
    {
        TenantKey tenant = Items.NewTenant();
        var hostile = new PersonRef(hostileId, "Hostile");
        await _storage.Items.CreateAsync(Items.Draft(tenant, "Someone else's", owner: Items.Maria), Items.Tom, CancellationToken.None);
        StoreResult<ActionItem> created = await _storage.Items.CreateAsync(Items.Draft(tenant, "Theirs", owner: hostile), Items.Tom, CancellationToken.None);

        ResultPage<ActionItem> listed = await _storage.Items.ListByOwnerAsync(tenant, hostileId, ItemListFilter.All, null, 10, CancellationToken.None);

        Assert.True(created.IsOk, created.Message);
        ActionItem only = Assert.Single(listed.Items);
        Assert.Equal(hostileId, only.Owner!.Id);
        Assert.Equal("Theirs", only.Title);
    }

    [Fact]
    public async Task List_HostileConversationFilter_MatchesNothingElse()
    {
        TenantKey tenant = Items.NewTenant();
        await _storage.Items.CreateAsync(Items.Draft(tenant), Items.Tom, CancellationToken.None);

        ResultPage<ActionItem> listed = await _storage.Items.ListAsync(
            tenant, new ItemListFilter { ConversationId = "x' or PartitionKey ne 'y" }, null, 10, CancellationToken.None);

        Assert.Empty(listed.Items);
    }

    [Fact]
    public async Task Create_GoalIdOf2KB_IsRefusedAndStoresNothing()
    {
        TenantKey tenant = Items.NewTenant();

        StoreResult<ActionItem> result = await _storage.Items.CreateAsync(Items.Draft(tenant) with { GoalId = new string('g', 2048) }, Items.Tom, CancellationToken.None);

        Assert.Equal(StoreOutcome.Invalid, result.Outcome);
        Assert.Null(await _storage.Items.GetAsync(tenant, new ItemNumber(1), CancellationToken.None));
    }

    [Fact]
    public async Task Get_WhenStorageIsUnreachable_ThrowsStorageUnavailable()
    {
        await using var unreachable = new TestStorage(connectionString: TestStorage.UnreachableConnectionString);

        StorageUnavailableException exception = await Assert.ThrowsAsync<StorageUnavailableException>(
            () => unreachable.Items.CreateAsync(Items.Draft(Items.NewTenant()), Items.Tom, CancellationToken.None));

        Assert.Contains("try again", exception.Message, StringComparison.OrdinalIgnoreCase);
    }
}
