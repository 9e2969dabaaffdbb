using System.Globalization;
using System.Security.Cryptography;
using ActionTracker.Core.People;
using ActionTracker.Core.Ports;
using ActionTracker.Core.Tenancy;
using ActionTracker.Storage.Keys;
using Azure.Data.Tables;

namespace ActionTracker.Storage.Tables;

/// <summary>
/// AdminAudit table: PartitionKey = tenant, RowKey = inverted ticks + a random suffix, so one range read is newest
/// first and two actions in the same tick never collide. Rows are only ever added.
/// </summary>
internal sealed class TableAdminAuditLog : IAdminAuditLog
{
    private readonly StorageTables _tables;

    public TableAdminAuditLog(StorageTables tables)
    {
        _tables = tables;
    }

    public Task AppendAsync(AdminAuditEntry entry, CancellationToken cancellationToken) =>
        StorageErrors.GuardAsync(
            async () =>
            {
                ArgumentNullException.ThrowIfNull(entry);
                TableClient table = await _tables.GetAsync(TableNames.AdminAudit, cancellationToken);
                string row = (DateTimeOffset.MaxValue.UtcTicks - entry.At.UtcTicks).ToString("D19", CultureInfo.InvariantCulture)
                    + "|" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(4));
                await table.AddEntityAsync(
                    new TableEntity(KeyEncoder.Encode(entry.Tenant.Value), row)
                    {
                        ["ActorId"] = entry.Actor.Id,
                        ["ActorName"] = entry.Actor.DisplayName,
                        ["At"] = entry.At,
                        ["Action"] = entry.Action,
                        ["Detail"] = entry.Detail,
                    },
                    cancellationToken);
            },
            cancellationToken);

    public Task<IReadOnlyList<AdminAuditEntry>> ListAsync(TenantKey tenant, int max, CancellationToken cancellationToken) =>
        StorageErrors.GuardAsync<IReadOnlyList<AdminAuditEntry>>(
            async () =>
            {
                TableClient table = await _tables.GetAsync(TableNames.AdminAudit, cancellationToken);
                string partition = KeyEncoder.Encode(tenant.Value);
                var entries = new List<AdminAuditEntry>();
                await foreach (TableEntity row in table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {partition}"), Math.Min(max, 1000), cancellationToken: cancellationToken))
                {
                    entries.Add(new AdminAuditEntry
                    {
                        Tenant = tenant,
                        Actor = new PersonRef(row.GetString("ActorId") ?? "unknown", row.GetString("ActorName") ?? string.Empty),
                        At = row.GetDateTimeOffset("At") ?? DateTimeOffset.MinValue,
                        Action = row.GetString("Action") ?? string.Empty,
                        Detail = row.GetString("Detail") ?? string.Empty,
                    });
                    if (entries.Count >= max)
                    {
                        break;
                    }
                }

                return entries;
            },
            cancellationToken);
}
