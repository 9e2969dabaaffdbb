using System.Globalization;
using ActionTracker.Core.Execution;
using ActionTracker.Core.Items;
using ActionTracker.Core.People;
using ActionTracker.Storage.Keys;
using ActionTracker.Storage.Tables;
using Azure;
using Azure.Data.Tables;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;

namespace ActionTracker.Benchmarks;

/// <summary>
/// A review report for one person over a year of a 10,000-item tenant (10 owners) against the raw owner-index range
/// read it is built on, in the same run.
/// </summary>
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 2, iterationCount: 8, invocationCount: 4)]
public class ReviewBenchmarks
{
    private const int Items = 10_000;
    private const int Owners = 10;

    private BenchmarkStorage _storage = null!;
    private CommandExecutor _executor = null!;
    private CommandContext _context = null!;
    private TableClient _items = null!;
    private PersonRef _reviewed = null!;
    private string _reviewText = null!;

    [GlobalSetup]
    public async Task SetupAsync()
    {
        _storage = new BenchmarkStorage();
        _executor = _storage.NewExecutor();
        List<PersonRef> owners = Enumerable.Range(0, Owners).Select(i => new PersonRef("owner-" + i.ToString(CultureInfo.InvariantCulture), "Owner " + i.ToString(CultureInfo.InvariantCulture))).ToList();
        _reviewed = owners[0];
        _context = new CommandContext { Tenant = _storage.Tenant, Requester = _reviewed, ConversationId = "19:bench", RequesterTimeZoneId = "UTC" };
        DateTimeOffset yearAgo = TimeProvider.System.GetUtcNow().AddDays(-365);
        _reviewText = "review me from " + yearAgo.AddDays(1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        await Parallel.ForEachAsync(Enumerable.Range(0, Items), new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (i, ct) =>
        {
            PersonRef owner = owners[i % Owners];
            var draft = new ActionItem
            {
                Tenant = _storage.Tenant,
                Title = "Item " + i.ToString(CultureInfo.InvariantCulture),
                Owner = owner,
                Creator = owner,
                Status = i % 3 == 0 ? ItemStatus.Done : ItemStatus.Open,
                Due = new DueDate { Utc = yearAgo.AddHours(i % 8760), TimeZoneId = "UTC" },
                GoalId = "G" + (1 + (i % 7)).ToString(CultureInfo.InvariantCulture),
            };
            await _storage.Store.CreateAsync(draft, owner, ct);
        });
        _items = await _storage.Tables.GetAsync(TableNames.Items, CancellationToken.None);
    }

    [Benchmark(Baseline = true, Description = "raw: profile read + owner range read (all pages)")]
    [BenchmarkCategory("review")]
    public async Task<int> RawOwnerRead()
    {
        TableClient people = await _storage.Tables.GetAsync(TableNames.People, CancellationToken.None);
        await people.GetEntityIfExistsAsync<TableEntity>(ItemKeys.Partition(_storage.Tenant), _reviewed.Id);
        string partition = ItemKeys.Partition(_storage.Tenant);
        string from = ItemKeys.OwnerScope(_reviewed.Id);
        string to = ItemKeys.PrefixEnd(from);
        int count = 0;
        await foreach (Page<TableEntity> page in _items.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {partition} and RowKey ge {from} and RowKey lt {to}"), 1000).AsPages())
        {
            count += page.Values.Count;
        }

        return count;
    }

    [Benchmark(Description = "command: review me (one year)")]
    [BenchmarkCategory("review")]
    public Task<CommandResult> Review() => _executor.ExecuteAsync(_reviewText, _context, CancellationToken.None);
}
