using System.Globalization;
using ActionTracker.Core.Items;
using ActionTracker.Storage.Entities;
using ActionTracker.Storage.Keys;
using Azure;
using Azure.Data.Tables;

namespace ActionTracker.Benchmarks.Load;

/// <summary>
/// The storage calls a hand-written `list` and `add` would make, straight on the SDK: the ceiling the bot's
/// storage path is compared with at the same concurrency.
/// </summary>
internal sealed class RawTargets
{
    private readonly BenchmarkStorage _storage;
    private TableClient _items = null!;
    private TableClient _people = null!;

    /// <param name="tablePrefix">Share the bot's tables (""), so both scan tables of the same size: Azurite filters every query by a full scan.</param>
    public RawTargets(string? tablePrefix)
    {
        _storage = new BenchmarkStorage(tablePrefix: tablePrefix);
    }

    public async Task InitializeAsync()
    {
        _items = await _storage.Tables.GetAsync(TableNames.Items, CancellationToken.None);
        _people = await _storage.Tables.GetAsync(TableNames.People, CancellationToken.None);
        for (int i = 0; i < 20; i++)
        {
            await AddAsync(0, CancellationToken.None);
        }
    }

    public async Task<bool> ListAsync(int n, CancellationToken cancellationToken)
    {
        string partition = Partition(0);
        await _people.GetEntityIfExistsAsync<TableEntity>(partition, "profile", cancellationToken: cancellationToken);
        string from = "owner|x|";
        string to = "owner|x}";
        string filter = TableClient.CreateQueryFilter($"PartitionKey eq {partition} and RowKey ge {from} and RowKey lt {to} and IsOpen eq {true}");
        await foreach (Page<TableEntity> page in _items.QueryAsync<TableEntity>(filter, 10, cancellationToken: cancellationToken).AsPages(null, 10))
        {
            _ = page.Values.Select(e => ActionItemEntityMapper.FromEntity(_storage.Tenant, e, e.ETag)).ToList();
            break;
        }

        return true;
    }

    public async Task<bool> AddAsync(int n, CancellationToken cancellationToken)
    {
        string partition = Partition(n % HttpTargets.Tenants);
        await _people.GetEntityIfExistsAsync<TableEntity>(partition, "profile", cancellationToken: cancellationToken);
        for (int attempt = 0; attempt < 100; attempt++)
        {
            NullableResponse<TableEntity> counter = await _items.GetEntityIfExistsAsync<TableEntity>(partition, "counter", cancellationToken: cancellationToken);
            long next = (counter.HasValue ? counter.Value!.GetInt64("Last") ?? 0 : 0) + 1;
            string key = next.ToString("D10", CultureInfo.InvariantCulture);
            ActionItem item = BenchmarkStorage.Draft(_storage.Tenant, n) with { Number = new ItemNumber(next) };
            var counterRow = new TableEntity(partition, "counter") { ["Last"] = next };
            try
            {
                await _items.SubmitTransactionAsync(
                [
                    counter.HasValue
                        ? new TableTransactionAction(TableTransactionActionType.UpdateReplace, counterRow, counter.Value!.ETag)
                        : new TableTransactionAction(TableTransactionActionType.Add, counterRow),
                    new TableTransactionAction(TableTransactionActionType.Add, ActionItemEntityMapper.ToEntity(item, partition, "item|" + key)),
                    new TableTransactionAction(TableTransactionActionType.Add, ActionItemEntityMapper.ToEntity(item, partition, "owner|x|" + key)),
                    new TableTransactionAction(TableTransactionActionType.Add, new TableEntity(partition, "audit|" + key + "|1") { ["Field"] = "created", ["New"] = item.Title }),
                ],
                cancellationToken);
                return true;
            }
            catch (TableTransactionFailedException exception) when (exception.Status is 409 or 412)
            {
                await Task.Delay(Random.Shared.Next(0, 5), cancellationToken);
            }
        }

        return false;
    }

    private string Partition(int tenant) => "raw-" + _storage.Tenant.Value.Replace(':', '-') + "-" + tenant.ToString(CultureInfo.InvariantCulture);
}
