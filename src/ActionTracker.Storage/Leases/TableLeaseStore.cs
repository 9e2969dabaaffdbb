using ActionTracker.Core.Ports;
using ActionTracker.Storage.Keys;
using ActionTracker.Storage.Tables;
using Azure;
using Azure.Data.Tables;

namespace ActionTracker.Storage.Leases;

/// <summary>
/// Lease rows in the global Leases table (PartitionKey = the sweep, RowKey = its time bucket). Inserting the row takes
/// the lease; every later change is conditional on the ETag the holder got, so of two instances racing for an expired
/// lease exactly one wins, and a holder that lost its lease learns it at its next renewal.
/// </summary>
internal sealed class TableLeaseStore : ILeaseStore
{
    private const string Held = "held";
    private const string Done = "done";

    private readonly StorageTables _tables;
    private readonly TimeProvider _time;

    public TableLeaseStore(StorageTables tables, TimeProvider time)
    {
        _tables = tables;
        _time = time;
    }

    public Task<Lease?> TryAcquireAsync(string name, string holder, TimeSpan duration, CancellationToken cancellationToken) =>
        StorageErrors.GuardAsync(() => TryAcquireCoreAsync(name, holder, duration, cancellationToken), cancellationToken);

    public Task<Lease?> RenewAsync(Lease lease, TimeSpan duration, CancellationToken cancellationToken) =>
        StorageErrors.GuardAsync(
            async () =>
            {
                ArgumentNullException.ThrowIfNull(lease);
                DateTimeOffset expires = _time.GetUtcNow() + duration;
                ETag? token = await ReplaceAsync(lease, Held, expires, cancellationToken);
                return token is { } etag ? lease with { Token = etag.ToString(), ExpiresAt = expires } : null;
            },
            cancellationToken);

    public Task CompleteAsync(Lease lease, CancellationToken cancellationToken) =>
        StorageErrors.GuardAsync(
            async () =>
            {
                ArgumentNullException.ThrowIfNull(lease);
                await ReplaceAsync(lease, Done, _time.GetUtcNow(), cancellationToken);
            },
            cancellationToken);

    public Task<int> DeleteBeforeAsync(string cutoffName, int max, CancellationToken cancellationToken) =>
        StorageErrors.GuardAsync(() => DeleteBeforeCoreAsync(cutoffName, max, cancellationToken), cancellationToken);

    private static (string Partition, string Row) Keys(string name)
    {
        int bar = name.IndexOf('|', StringComparison.Ordinal);
        return bar < 0 ? ("lease", KeyEncoder.Encode(name)) : (KeyEncoder.Encode(name[..bar]), KeyEncoder.Encode(name[(bar + 1)..]));
    }

    private async Task<Lease?> TryAcquireCoreAsync(string name, string holder, TimeSpan duration, CancellationToken cancellationToken)
    {
        (string partition, string rowKey) = Keys(name);
        TableClient table = await _tables.GetAsync(TableNames.Leases, cancellationToken);
        DateTimeOffset now = _time.GetUtcNow();
        var row = new TableEntity(partition, rowKey) { ["Holder"] = holder, ["State"] = Held, ["ExpiresAt"] = now + duration };
        try
        {
            Response added = await table.AddEntityAsync(row, cancellationToken);
            return new Lease(name, holder, added.Headers.ETag.ToString()!, now + duration, TookOver: false);
        }
        catch (RequestFailedException exception) when (exception.Status == 409)
        {
            // Held or done by someone: look at the row.
        }

        NullableResponse<TableEntity> existing = await table.GetEntityIfExistsAsync<TableEntity>(partition, rowKey, cancellationToken: cancellationToken);
        if (!existing.HasValue)
        {
            return null;
        }

        TableEntity current = existing.Value!;
        if (current.GetString("State") == Done || (current.GetDateTimeOffset("ExpiresAt") ?? DateTimeOffset.MinValue) > now)
        {
            return null;
        }

        // The holder stopped without finishing: take over, conditional on nobody else taking over first.
        try
        {
            Response taken = await table.UpdateEntityAsync(row, current.ETag, TableUpdateMode.Replace, cancellationToken);
            return new Lease(name, holder, taken.Headers.ETag.ToString()!, now + duration, TookOver: true);
        }
        catch (RequestFailedException exception) when (exception.Status is 404 or 412)
        {
            return null;
        }
    }

    private async Task<int> DeleteBeforeCoreAsync(string cutoffName, int max, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(cutoffName);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(max);
        (string partition, string cutoff) = Keys(cutoffName);
        TableClient table = await _tables.GetAsync(TableNames.Leases, cancellationToken);
        DateTimeOffset now = _time.GetUtcNow();
        string filter = TableClient.CreateQueryFilter($"PartitionKey eq {partition} and RowKey lt {cutoff}");
        int deleted = 0;
        await foreach (TableEntity row in table.QueryAsync<TableEntity>(filter, maxPerPage: Math.Min(max, 1000), select: ["RowKey", "State", "ExpiresAt"], cancellationToken: cancellationToken))
        {
            bool finished = row.GetString("State") == Done || (row.GetDateTimeOffset("ExpiresAt") ?? DateTimeOffset.MinValue) <= now;
            if (!finished)
            {
                continue;
            }

            try
            {
                // Conditional: a row taken over since the read stays.
                await table.DeleteEntityAsync(partition, row.RowKey, row.ETag, cancellationToken);
                deleted++;
            }
            catch (RequestFailedException exception) when (exception.Status is 404 or 412)
            {
            }

            if (deleted >= max)
            {
                break;
            }
        }

        return deleted;
    }

    private async Task<ETag?> ReplaceAsync(Lease lease, string state, DateTimeOffset expires, CancellationToken cancellationToken)
    {
        (string partition, string rowKey) = Keys(lease.Name);
        TableClient table = await _tables.GetAsync(TableNames.Leases, cancellationToken);
        var row = new TableEntity(partition, rowKey) { ["Holder"] = lease.Holder, ["State"] = state, ["ExpiresAt"] = expires };
        try
        {
            Response updated = await table.UpdateEntityAsync(row, new ETag(lease.Token), TableUpdateMode.Replace, cancellationToken);
            return updated.Headers.ETag;
        }
        catch (RequestFailedException exception) when (exception.Status is 404 or 412)
        {
            // Taken over after it expired: not ours any more.
            return null;
        }
    }
}
