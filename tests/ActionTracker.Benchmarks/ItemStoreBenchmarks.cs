using System.Globalization;
using ActionTracker.Core.Items;
using ActionTracker.Core.Ports;
using ActionTracker.Storage.Entities;
using ActionTracker.Storage.Keys;
using Azure;
using Azure.Data.Tables;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;

namespace ActionTracker.Benchmarks;

/// <summary>
/// Each store operation against the same raw SDK calls (same round trips, same batch shape, same rows) in the same
/// run: the Ratio column is the store's overhead over Azurite itself. A raw single-entity upsert is the floor.
/// </summary>
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 10, invocationCount: 32)]
public class ItemStoreBenchmarks
{
    private BenchmarkStorage _storage = null!;
    private TableClient _raw = null!;
    private string _partition = null!;
    private ItemNumber _existing;
    private int _next;
    private long _rawCounter;

    [GlobalSetup]
    public async Task SetupAsync()
    {
        _storage = new BenchmarkStorage();
        _raw = await _storage.Tables.GetAsync(TableNames.Items, CancellationToken.None);
        _partition = "raw-" + _storage.Tenant.Value.Replace(':', '-');
        StoreResult<ActionItem> created = await _storage.Store.CreateAsync(BenchmarkStorage.Draft(_storage.Tenant, 0), BenchmarkStorage.Owner, CancellationToken.None);
        _existing = created.Value!.Number;
        await _raw.UpsertEntityAsync(ActionItemEntityMapper.ToEntity(created.Value, _partition, "item|existing"));
    }

    [Benchmark(Baseline = true, Description = "raw: upsert one entity")]
    [BenchmarkCategory("Upsert floor")]
    public Task<Response> RawSingleUpsert() =>
        _raw.UpsertEntityAsync(new TableEntity(_partition, "upsert") { ["Title"] = "x" }, TableUpdateMode.Replace);

    [Benchmark(Baseline = true, Description = "raw: read counter + 4-row transaction")]
    [BenchmarkCategory("Create item")]
    public async Task RawCreateEquivalent()
    {
        // The same two round trips and the same rows the store writes: counter, item, owner index, audit.
        NullableResponse<TableEntity> counter = await _raw.GetEntityIfExistsAsync<TableEntity>(_partition, "counter");
        long next = ++_rawCounter;
        ActionItem item = BenchmarkStorage.Draft(_storage.Tenant, 1) with { Number = new ItemNumber(next) };
        var actions = new List<TableTransactionAction>
        {
            counter.HasValue
                ? new TableTransactionAction(TableTransactionActionType.UpdateReplace, new TableEntity(_partition, "counter") { ["Last"] = next }, counter.Value!.ETag)
                : new TableTransactionAction(TableTransactionActionType.Add, new TableEntity(_partition, "counter") { ["Last"] = next }),
            new(TableTransactionActionType.Add, ActionItemEntityMapper.ToEntity(item, _partition, "item|" + next.ToString("D10", CultureInfo.InvariantCulture))),
            new(TableTransactionActionType.Add, ActionItemEntityMapper.ToEntity(item, _partition, "owner|x|" + next.ToString("D10", CultureInfo.InvariantCulture))),
            new(TableTransactionActionType.Add, new TableEntity(_partition, "audit|" + next.ToString("D10", CultureInfo.InvariantCulture)) { ["Field"] = "created", ["New"] = item.Title }),
        };
        await _raw.SubmitTransactionAsync(actions);
    }

    [Benchmark(Description = "store: CreateAsync")]
    [BenchmarkCategory("Create item")]
    public Task<StoreResult<ActionItem>> StoreCreate() =>
        _storage.Store.CreateAsync(BenchmarkStorage.Draft(_storage.Tenant, Interlocked.Increment(ref _next)), BenchmarkStorage.Owner, CancellationToken.None);

    [Benchmark(Baseline = true, Description = "raw: point read")]
    [BenchmarkCategory("Get item")]
    public Task<NullableResponse<TableEntity>> RawGet() =>
        _raw.GetEntityIfExistsAsync<TableEntity>(_partition, "item|existing");

    [Benchmark(Description = "store: GetAsync")]
    [BenchmarkCategory("Get item")]
    public Task<ActionItem?> StoreGet() => _storage.Store.GetAsync(_storage.Tenant, _existing, CancellationToken.None);

    [Benchmark(Baseline = true, Description = "raw: read counter + 3-row transaction")]
    [BenchmarkCategory("Id allocation")]
    public async Task RawCounterIncrement()
    {
        // The store allocates an id and inserts the item atomically: counter, minimal item row, audit row.
        NullableResponse<TableEntity> counter = await _raw.GetEntityIfExistsAsync<TableEntity>(_partition, "idcounter");
        long next = (counter.HasValue ? counter.Value!.GetInt64("Last") ?? 0 : 0) + 1;
        var row = new TableEntity(_partition, "idcounter") { ["Last"] = next };
        string key = next.ToString("D10", CultureInfo.InvariantCulture);
        ActionItem item = new ActionItem { Tenant = _storage.Tenant, Title = "t", Creator = BenchmarkStorage.Owner } with { Number = new ItemNumber(next) };
        var actions = new List<TableTransactionAction>
        {
            counter.HasValue
                ? new TableTransactionAction(TableTransactionActionType.UpdateReplace, row, counter.Value!.ETag)
                : new TableTransactionAction(TableTransactionActionType.Add, row),
            new(TableTransactionActionType.Add, ActionItemEntityMapper.ToEntity(item, _partition, "min|" + key)),
            new(TableTransactionActionType.Add, new TableEntity(_partition, "minaudit|" + key) { ["Field"] = "created", ["New"] = item.Title }),
        };
        await _raw.SubmitTransactionAsync(actions);
    }

    [Benchmark(Description = "store: id + minimal item in one transaction")]
    [BenchmarkCategory("Id allocation")]
    public Task<StoreResult<ActionItem>> StoreAllocateId() =>
        _storage.Store.CreateAsync(
            new ActionItem { Tenant = _storage.Tenant, Title = "t", Creator = BenchmarkStorage.Owner },
            BenchmarkStorage.Owner,
            CancellationToken.None);
}
