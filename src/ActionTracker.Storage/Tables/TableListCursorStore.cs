using System.Text.Json;
using ActionTracker.Core.Ports;
using ActionTracker.Core.Tenancy;
using ActionTracker.Storage.Entities;
using ActionTracker.Storage.Keys;
using Azure;
using Azure.Data.Tables;

namespace ActionTracker.Storage.Tables;

/// <summary>Cursors table: PartitionKey = tenant, RowKey = person|conversation; the last writer wins (it is the person's own last list).</summary>
internal sealed class TableListCursorStore : IListCursorStore
{
    private readonly StorageTables _tables;

    public TableListCursorStore(StorageTables tables)
    {
        _tables = tables;
    }

    public Task<ListCursor?> GetAsync(TenantKey tenant, string personId, string conversationId, CancellationToken cancellationToken) =>
        StorageErrors.GuardAsync(
            async () =>
            {
                TableClient table = await _tables.GetAsync(TableNames.Cursors, cancellationToken);
                var row = await DocumentRows.GetAsync(table, KeyEncoder.Encode(tenant.Value), RowKey(personId, conversationId), cancellationToken);
                return row is { } found ? JsonSerializer.Deserialize(found.Json, StorageJsonContext.Default.ListCursor) : null;
            },
            cancellationToken);

    public Task SaveAsync(TenantKey tenant, string personId, string conversationId, ListCursor? cursor, CancellationToken cancellationToken) =>
        StorageErrors.GuardAsync(
            async () =>
            {
                TableClient table = await _tables.GetAsync(TableNames.Cursors, cancellationToken);
                string partition = KeyEncoder.Encode(tenant.Value);
                string rowKey = RowKey(personId, conversationId);
                if (cursor is null)
                {
                    try
                    {
                        await table.DeleteEntityAsync(partition, rowKey, ETag.All, cancellationToken);
                    }
                    catch (RequestFailedException exception) when (exception.Status == 404)
                    {
                        // No cursor to clear.
                    }

                    return;
                }

                var row = new TableEntity(partition, rowKey) { [DocumentRows.Column] = JsonSerializer.Serialize(cursor, StorageJsonContext.Default.ListCursor) };
                await table.UpsertEntityAsync(row, TableUpdateMode.Replace, cancellationToken);
            },
            cancellationToken);

    private static string RowKey(string personId, string conversationId) =>
        KeyEncoder.Encode(personId) + "|" + KeyEncoder.Encode(conversationId);
}
