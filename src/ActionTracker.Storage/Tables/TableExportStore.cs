using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using ActionTracker.Core.People;
using ActionTracker.Core.Ports;
using ActionTracker.Core.Tenancy;
using ActionTracker.Storage.Entities;
using ActionTracker.Storage.Keys;
using Azure.Data.Tables;

namespace ActionTracker.Storage.Tables;

/// <summary>
/// Exports table (global: a link is opened without a tenant context): RowKey is the SHA-256 of the token, so the
/// table alone never yields a working link; the tenant is inside the stored request.
/// </summary>
internal sealed class TableExportStore : IExportStore
{
    private const string Partition = "export";

    private readonly StorageTables _tables;

    public TableExportStore(StorageTables tables)
    {
        _tables = tables;
    }

    public Task SaveAsync(ExportRequest request, CancellationToken cancellationToken) =>
        StorageErrors.GuardAsync(
            async () =>
            {
                ArgumentNullException.ThrowIfNull(request);
                TableClient table = await _tables.GetAsync(TableNames.Exports, cancellationToken);
                var stored = new StoredExport(
                    request.Tenant.Value, new StoredPerson(request.Requester.Id, request.Requester.DisplayName), request.ConversationId,
                    request.ConversationKind, request.Scope, request.PersonId, request.Format, request.ExpiresAt);
                string json = JsonSerializer.Serialize(stored, StorageJsonContext.Default.StoredExport);
                await table.AddEntityAsync(new TableEntity(Partition, Hash(request.Token)) { [DocumentRows.Column] = json }, cancellationToken);
            },
            cancellationToken);

    public Task<ExportRequest?> GetAsync(string token, CancellationToken cancellationToken) =>
        StorageErrors.GuardAsync(
            async () =>
            {
                TableClient table = await _tables.GetAsync(TableNames.Exports, cancellationToken);
                var row = await DocumentRows.GetAsync(table, Partition, Hash(token), cancellationToken);
                if (row is not { } found || JsonSerializer.Deserialize(found.Json, StorageJsonContext.Default.StoredExport) is not { } stored
                    || !TenantKey.TryParse(stored.Tenant, out TenantKey tenant))
                {
                    return null;
                }

                return new ExportRequest
                {
                    Token = token,
                    Tenant = tenant,
                    Requester = new PersonRef(stored.Requester.Id, stored.Requester.Name),
                    ConversationId = stored.ConversationId,
                    ConversationKind = stored.ConversationKind,
                    Scope = stored.Scope,
                    PersonId = stored.PersonId,
                    Format = stored.Format,
                    ExpiresAt = stored.ExpiresAt,
                };
            },
            cancellationToken);

    private static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}
