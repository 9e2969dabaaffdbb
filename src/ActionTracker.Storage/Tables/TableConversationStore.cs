using System.Text.Json;
using ActionTracker.Core.Ports;
using ActionTracker.Core.Tenancy;
using ActionTracker.Storage.Entities;
using ActionTracker.Storage.Keys;
using Azure.Data.Tables;

namespace ActionTracker.Storage.Tables;

/// <summary>Conversations table: PartitionKey = tenant, RowKey = escaped conversation id, one JSON document each.</summary>
internal sealed class TableConversationStore : IConversationStore
{
    private readonly StorageTables _tables;

    public TableConversationStore(StorageTables tables)
    {
        _tables = tables;
    }

    public Task<ConversationRecord?> GetAsync(TenantKey tenant, string conversationId, CancellationToken cancellationToken) =>
        StorageErrors.GuardAsync(
            async () =>
            {
                TableClient table = await _tables.GetAsync(TableNames.Conversations, cancellationToken);
                var row = await DocumentRows.GetAsync(table, KeyEncoder.Encode(tenant.Value), KeyEncoder.Encode(conversationId), cancellationToken);
                if (row is not { } found || JsonSerializer.Deserialize(found.Json, StorageJsonContext.Default.StoredConversation) is not { } stored)
                {
                    return null;
                }

                return new ConversationRecord
                {
                    Tenant = tenant,
                    ConversationId = conversationId,
                    Kind = stored.Kind,
                    Reference = stored.Reference,
                    Name = stored.Name,
                    RemovedAt = stored.RemovedAt,
                    Version = found.Version,
                };
            },
            cancellationToken);

    public Task SaveAsync(ConversationRecord record, CancellationToken cancellationToken) =>
        StorageErrors.GuardAsync(
            async () =>
            {
                ArgumentNullException.ThrowIfNull(record);
                TableClient table = await _tables.GetAsync(TableNames.Conversations, cancellationToken);
                string json = JsonSerializer.Serialize(new StoredConversation(record.Kind, record.Reference, record.Name, record.RemovedAt), StorageJsonContext.Default.StoredConversation);
                var row = new TableEntity(KeyEncoder.Encode(record.Tenant.Value), KeyEncoder.Encode(record.ConversationId)) { [DocumentRows.Column] = json };
                await table.UpsertEntityAsync(row, TableUpdateMode.Replace, cancellationToken);
            },
            cancellationToken);
}
