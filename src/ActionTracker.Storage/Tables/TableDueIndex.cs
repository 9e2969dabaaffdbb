using ActionTracker.Core.Items;
using ActionTracker.Core.Ports;
using ActionTracker.Core.Tenancy;
using ActionTracker.Storage.Entities;
using ActionTracker.Storage.Keys;
using Azure;
using Azure.Data.Tables;
using Microsoft.Extensions.Logging;

namespace ActionTracker.Storage.Tables;

/// <summary>
/// The global DueIndex table. Rows are written before the item change that needs them commits and removed
/// after, so a crash can leave a stale row but never a due item without one; the sweep verifies every row
/// against its item and deletes the stale ones.
/// </summary>
internal sealed class TableDueIndex : IDueIndex
{
    private const int VerifyConcurrency = 8;

    /// <summary>
    /// A row younger than this may belong to an item change still committing, so it is skipped, not deleted.
    /// </summary>
    private static readonly TimeSpan StaleGrace = TimeSpan.FromMinutes(10);

    private readonly StorageTables _tables;
    private readonly TimeProvider _time;
    private readonly ILogger<TableDueIndex> _logger;

    public TableDueIndex(StorageTables tables, TimeProvider time, ILogger<TableDueIndex> logger)
    {
        _tables = tables;
        _time = time;
        _logger = logger;
    }

    public Task<IReadOnlyList<DueEntry>> QueryDueAsync(DateTimeOffset fromUtc, DateTimeOffset toUtc, CancellationToken cancellationToken) =>
        StorageErrors.GuardAsync(() => QueryCoreAsync(fromUtc, toUtc, cancellationToken), cancellationToken);

    internal async Task WriteAsync(ActionItem item, CancellationToken cancellationToken)
    {
        if (item.Due is null || item.Status.IsClosed())
        {
            return;
        }

        TableClient due = await _tables.GetAsync(TableNames.DueIndex, cancellationToken);
        var row = new TableEntity(DueKeys.Bucket(item.Due.Utc), DueKeys.Row(item.Tenant, item.Number))
        {
            ["Tenant"] = item.Tenant.Value,
            ["Number"] = item.Number.Value,
        };
        await due.UpsertEntityAsync(row, TableUpdateMode.Replace, cancellationToken);
    }

    /// <summary>Removes the row of a deadline the item no longer has. Best effort: a leftover row is verified away later.</summary>
    internal async Task RemoveAsync(TenantKey tenant, ItemNumber number, DateTimeOffset dueUtc, CancellationToken cancellationToken)
    {
        try
        {
            TableClient due = await _tables.GetAsync(TableNames.DueIndex, cancellationToken);
            await due.DeleteEntityAsync(DueKeys.Bucket(dueUtc), DueKeys.Row(tenant, number), ETag.All, cancellationToken);
        }
        catch (Exception exception) when (exception is RequestFailedException || StorageErrors.IsUnavailable(exception, cancellationToken))
        {
            Log.DueRowNotRemoved(_logger, tenant.Value, number.Value, exception);
        }
    }

    private async Task<IReadOnlyList<DueEntry>> QueryCoreAsync(DateTimeOffset fromUtc, DateTimeOffset toUtc, CancellationToken cancellationToken)
    {
        if (toUtc <= fromUtc)
        {
            return [];
        }

        TableClient due = await _tables.GetAsync(TableNames.DueIndex, cancellationToken);
        TableClient items = await _tables.GetAsync(TableNames.Items, cancellationToken);
        string firstBucket = DueKeys.Bucket(fromUtc);
        string lastBucket = DueKeys.Bucket(toUtc - TimeSpan.FromTicks(1));
        string filter = TableClient.CreateQueryFilter($"PartitionKey ge {firstBucket} and PartitionKey le {lastBucket}");
        List<TableEntity> rows = await TableQueries.ReadAllAsync(due, filter, cancellationToken);

        var found = new System.Collections.Concurrent.ConcurrentBag<DueEntry>();
        await Parallel.ForEachAsync(
            rows,
            new ParallelOptions { MaxDegreeOfParallelism = VerifyConcurrency, CancellationToken = cancellationToken },
            async (row, ct) =>
            {
                DueEntry? entry = await VerifyAsync(items, due, row, fromUtc, toUtc, ct);
                if (entry is not null)
                {
                    found.Add(entry);
                }
            });

        return found.OrderBy(e => e.DueUtc).ThenBy(e => e.Tenant.Value, StringComparer.Ordinal).ThenBy(e => e.Number.Value).ToList();
    }

    private async Task<DueEntry?> VerifyAsync(
        TableClient items, TableClient due, TableEntity row, DateTimeOffset fromUtc, DateTimeOffset toUtc, CancellationToken cancellationToken)
    {
        if (!TenantKey.TryParse(row.GetString("Tenant"), out TenantKey tenant) || row.GetInt64("Number") is not { } value)
        {
            await DeleteStaleAsync(due, row, cancellationToken);
            return null;
        }

        var number = new ItemNumber(value);
        NullableResponse<TableEntity> stored = await items.GetEntityIfExistsAsync<TableEntity>(
            ItemKeys.Partition(tenant), ItemKeys.Item(number), cancellationToken: cancellationToken);
        ActionItem? item = stored.HasValue ? ActionItemEntityMapper.FromEntity(tenant, stored.Value!, stored.Value!.ETag) : null;

        // A row is valid while its item is open and due inside the row's bucket; anything else is a leftover.
        if (item?.Due is null || item.Status.IsClosed() || DueKeys.Bucket(item.Due.Utc) != row.PartitionKey)
        {
            await DeleteStaleAsync(due, row, cancellationToken);
            return null;
        }

        return item.Due.Utc >= fromUtc && item.Due.Utc < toUtc ? new DueEntry(tenant, number, item.Due.Utc, item) : null;
    }

    private async Task DeleteStaleAsync(TableClient due, TableEntity row, CancellationToken cancellationToken)
    {
        if (row.Timestamp is { } written && written > _time.GetUtcNow() - StaleGrace)
        {
            return;
        }

        // Conditional on the row as read: a concurrent re-write of the same key (a new deadline) survives.
        try
        {
            await due.DeleteEntityAsync(row.PartitionKey, row.RowKey, row.ETag, cancellationToken);
        }
        catch (RequestFailedException exception) when (exception.Status is 404 or 412)
        {
            // Already gone or re-written: nothing to clean.
        }
    }
}
