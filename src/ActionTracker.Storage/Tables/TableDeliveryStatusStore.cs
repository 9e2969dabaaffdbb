using ActionTracker.Core.Ports;
using ActionTracker.Core.Tenancy;
using ActionTracker.Storage.Keys;
using Azure;
using Azure.Data.Tables;

namespace ActionTracker.Storage.Tables;

/// <summary>Delivery failures in the Deliveries table (PartitionKey = tenant, RowKey = person id).</summary>
internal sealed class TableDeliveryStatusStore : IDeliveryStatusStore
{
    private readonly StorageTables _tables;

    public TableDeliveryStatusStore(StorageTables tables)
    {
        _tables = tables;
    }

    public Task<DeliveryFailure?> GetAsync(TenantKey tenant, string personId, CancellationToken cancellationToken) =>
        StorageErrors.GuardAsync(
            async () =>
            {
                TableClient table = await _tables.GetAsync(TableNames.Deliveries, cancellationToken);
                NullableResponse<TableEntity> row = await table.GetEntityIfExistsAsync<TableEntity>(
                    KeyEncoder.Encode(tenant.Value), KeyEncoder.Encode(personId), cancellationToken: cancellationToken);
                return row.HasValue ? FromEntity(tenant, row.Value!) : null;
            },
            cancellationToken);

    public Task<IReadOnlyList<DeliveryFailure>> ListUnreachableAsync(TenantKey tenant, CancellationToken cancellationToken) =>
        StorageErrors.GuardAsync(
            async () =>
            {
                TableClient table = await _tables.GetAsync(TableNames.Deliveries, cancellationToken);
                string filter = TableClient.CreateQueryFilter($"PartitionKey eq {KeyEncoder.Encode(tenant.Value)} and Permanent eq true");
                List<TableEntity> rows = await TableQueries.ReadAllAsync(table, filter, cancellationToken);
                return (IReadOnlyList<DeliveryFailure>)rows.Select(r => FromEntity(tenant, r)).ToList();
            },
            cancellationToken);

    public Task SaveAsync(DeliveryFailure failure, CancellationToken cancellationToken) =>
        StorageErrors.GuardAsync(
            async () =>
            {
                ArgumentNullException.ThrowIfNull(failure);
                TableClient table = await _tables.GetAsync(TableNames.Deliveries, cancellationToken);
                var row = new TableEntity(KeyEncoder.Encode(failure.Tenant.Value), KeyEncoder.Encode(failure.PersonId))
                {
                    ["DisplayName"] = failure.DisplayName,
                    ["Reason"] = failure.Reason,
                    ["Attempts"] = failure.Attempts,
                    ["FirstFailedAt"] = failure.FirstFailedAt,
                    ["NextAttemptAt"] = failure.NextAttemptAt,
                    ["Permanent"] = failure.Permanent,
                };
                await table.UpsertEntityAsync(row, TableUpdateMode.Replace, cancellationToken);
            },
            cancellationToken);

    public Task ClearAsync(TenantKey tenant, string personId, CancellationToken cancellationToken) =>
        StorageErrors.GuardAsync(
            async () =>
            {
                TableClient table = await _tables.GetAsync(TableNames.Deliveries, cancellationToken);
                try
                {
                    await table.DeleteEntityAsync(KeyEncoder.Encode(tenant.Value), KeyEncoder.Encode(personId), ETag.All, cancellationToken);
                }
                catch (RequestFailedException exception) when (exception.Status == 404)
                {
                    // Nothing recorded: nothing to clear.
                }
            },
            cancellationToken);

    private static DeliveryFailure FromEntity(TenantKey tenant, TableEntity row) => new(
        tenant,
        KeyEncoder.Decode(row.RowKey),
        row.GetString("DisplayName") ?? KeyEncoder.Decode(row.RowKey),
        row.GetString("Reason") ?? "unknown",
        row.GetInt32("Attempts") ?? 1,
        row.GetDateTimeOffset("FirstFailedAt") ?? DateTimeOffset.MinValue,
        row.GetDateTimeOffset("NextAttemptAt") ?? DateTimeOffset.MinValue,
        row.GetBoolean("Permanent") ?? false);
}
