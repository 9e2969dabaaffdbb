using System.Globalization;
using ActionTracker.Core.Execution;
using ActionTracker.Core.Items;
using ActionTracker.Storage.Entities;
using ActionTracker.Storage.Keys;
using ActionTracker.Storage.Tables;
using Azure;
using Azure.Data.Tables;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;

namespace ActionTracker.Benchmarks;

/// <summary>
/// Parse + execute of <c>add</c>, <c>done</c> and <c>list</c> against Azurite, each next to the raw SDK calls a
/// hand-written implementation would make for the same reply (same round trips, same rows), in the same run.
/// </summary>
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 10, invocationCount: 32)]
public class CommandBenchmarks
{
    private BenchmarkStorage _storage = null!;
    private CommandExecutor _executor = null!;
    private CommandContext _context = null!;
    private TableClient _items = null!;
    private TableClient _people = null!;
    private string _rawPartition = null!;
    private string _partition = null!;
    private long _rawNext;
    private long _doneNext;
    private long _rawDoneNext;

    [GlobalSetup]
    public async Task SetupAsync()
    {
        _storage = new BenchmarkStorage();
        _executor = _storage.NewExecutor();
        _context = new CommandContext
        {
            Tenant = _storage.Tenant,
            Requester = BenchmarkStorage.Owner,
            ConversationId = "19:bench@thread.tacv2",
            RequesterTimeZoneId = "Europe/Berlin",
        };
        _items = await _storage.Tables.GetAsync(TableNames.Items, CancellationToken.None);
        _people = await _storage.Tables.GetAsync(TableNames.People, CancellationToken.None);
        _partition = ItemKeys.Partition(_storage.Tenant);
        _rawPartition = "raw-" + _storage.Tenant.Value.Replace(':', '-');

        // Items for `done` to complete and a first page for `list` (both sides get the same rows).
        for (int i = 0; i < 500; i++)
        {
            await _executor.ExecuteAsync("add Benchmark item " + i.ToString(CultureInfo.InvariantCulture), _context, CancellationToken.None);
            await RawAddAsync();
        }
    }

    [Benchmark(Baseline = true, Description = "raw: profile read + counter read + 4-row transaction")]
    [BenchmarkCategory("add")]
    public Task RawAdd() => RawAddAsync();

    [Benchmark(Description = "command: add")]
    [BenchmarkCategory("add")]
    public Task<CommandResult> CommandAdd() => _executor.ExecuteAsync("add Send the pricing deck priority high -- board prep", _context, CancellationToken.None);

    [Benchmark(Baseline = true, Description = "raw: profile read + item read + 3-row transaction")]
    [BenchmarkCategory("done")]
    public async Task RawDone()
    {
        await _people.GetEntityIfExistsAsync<TableEntity>(_rawPartition, "profile");
        string key = "item|" + (++_rawDoneNext).ToString("D10", CultureInfo.InvariantCulture);
        NullableResponse<TableEntity> row = await _items.GetEntityIfExistsAsync<TableEntity>(_rawPartition, key);
        TableEntity item = row.Value!;
        item["Status"] = "Done";
        var owner = new TableEntity(_rawPartition, "owner|x|" + _rawDoneNext.ToString("D10", CultureInfo.InvariantCulture)) { ["Status"] = "Done" };
        var audit = new TableEntity(_rawPartition, "audit|" + _rawDoneNext.ToString("D10", CultureInfo.InvariantCulture) + "|2") { ["Field"] = "status", ["Old"] = "Open", ["New"] = "Done" };
        await _items.SubmitTransactionAsync(
        [
            new TableTransactionAction(TableTransactionActionType.UpdateReplace, item, item.ETag),
            new TableTransactionAction(TableTransactionActionType.UpsertReplace, owner),
            new TableTransactionAction(TableTransactionActionType.Add, audit),
        ]);
    }

    [Benchmark(Description = "command: done")]
    [BenchmarkCategory("done")]
    public Task<CommandResult> CommandDone() =>
        _executor.ExecuteAsync("done #" + (++_doneNext).ToString(CultureInfo.InvariantCulture), _context, CancellationToken.None);

    [Benchmark(Baseline = true, Description = "raw: profile read + owner range query (10 rows)")]
    [BenchmarkCategory("list")]
    public async Task RawList()
    {
        await _people.GetEntityIfExistsAsync<TableEntity>(_rawPartition, "profile");
        string from = "owner|x|";
        string to = "owner|x}";
        string filter = TableClient.CreateQueryFilter($"PartitionKey eq {_rawPartition} and RowKey ge {from} and RowKey lt {to} and IsOpen eq {true}");
        await foreach (Page<TableEntity> page in _items.QueryAsync<TableEntity>(filter, 10).AsPages(null, 10))
        {
            _ = page.Values.Select(e => ActionItemEntityMapper.FromEntity(_storage.Tenant, e, e.ETag)).ToList();
            break;
        }
    }

    [Benchmark(Description = "command: list")]
    [BenchmarkCategory("list")]
    public Task<CommandResult> CommandList() => _executor.ExecuteAsync("list", _context, CancellationToken.None);

    private async Task RawAddAsync()
    {
        await _people.GetEntityIfExistsAsync<TableEntity>(_rawPartition, "profile");
        NullableResponse<TableEntity> counter = await _items.GetEntityIfExistsAsync<TableEntity>(_rawPartition, "counter");
        long next = ++_rawNext;
        string key = next.ToString("D10", CultureInfo.InvariantCulture);
        ActionItem item = BenchmarkStorage.Draft(_storage.Tenant, 1) with { Number = new ItemNumber(next) };
        await _items.SubmitTransactionAsync(
        [
            counter.HasValue
                ? new TableTransactionAction(TableTransactionActionType.UpdateReplace, new TableEntity(_rawPartition, "counter") { ["Last"] = next }, counter.Value!.ETag)
                : new TableTransactionAction(TableTransactionActionType.Add, new TableEntity(_rawPartition, "counter") { ["Last"] = next }),
            new TableTransactionAction(TableTransactionActionType.Add, ActionItemEntityMapper.ToEntity(item, _rawPartition, "item|" + key)),
            new TableTransactionAction(TableTransactionActionType.Add, ActionItemEntityMapper.ToEntity(item, _rawPartition, "owner|x|" + key)),
            new TableTransactionAction(TableTransactionActionType.Add, new TableEntity(_rawPartition, "audit|" + key + "|1") { ["Field"] = "created", ["New"] = item.Title }),
        ]);
    }
}
