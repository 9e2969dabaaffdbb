using System.Text.RegularExpressions;
using ActionTracker.Core.Ports;
using ActionTracker.Core.Tenancy;
using ActionTracker.Storage.Keys;
using Azure;
using Azure.Data.Tables;

namespace ActionTracker.Storage.Tables;

/// <summary>
/// <c>admin forget</c> on Table Storage: deletes the person's profile and pending exports, and rewrites every row of
/// the tenant's partitions (items, index and audit rows, goals, decisions, settings, cursors, conversations, the admin
/// log) and of the due index that carries their id or one of their names. Rows whose key holds the id (owner index)
/// are re-keyed. A row changed meanwhile (ETag mismatch) is read again on the next pass.
/// </summary>
internal sealed partial class TablePersonDataEraser : IPersonDataEraser
{
    private const int MaxPasses = 3;
    private const int MinNameLength = 3;

    private static readonly string[] TenantTables =
    [
        TableNames.Items, TableNames.People, TableNames.Goals, TableNames.Decisions, TableNames.Settings, TableNames.Cursors, TableNames.Conversations, TableNames.AdminAudit,
    ];

    private readonly StorageTables _tables;

    public TablePersonDataEraser(StorageTables tables)
    {
        _tables = tables;
    }

    public Task<int> EraseAsync(TenantKey tenant, string personId, IReadOnlyCollection<string> names, string replacementId, string replacementName, CancellationToken cancellationToken) =>
        StorageErrors.GuardAsync(
            async () =>
            {
                ArgumentException.ThrowIfNullOrEmpty(personId);
                ArgumentNullException.ThrowIfNull(names);
                string partition = KeyEncoder.Encode(tenant.Value);
                var scrubber = new Scrubber(personId, replacementId, replacementName, names.Concat(await StoredNamesAsync(partition, personId, cancellationToken)));
                int changed = 0;
                foreach (string name in TenantTables)
                {
                    TableClient table = await _tables.GetAsync(name, cancellationToken);
                    string filter = TableClient.CreateQueryFilter($"PartitionKey eq {partition}");
                    changed += await ScrubAsync(table, filter, scrubber, deleteRowKey: name == TableNames.People ? KeyEncoder.Encode(personId) : null, cancellationToken);
                }

                TableClient due = await _tables.GetAsync(TableNames.DueIndex, cancellationToken);
                string from = partition + "|";
                changed += await ScrubAsync(due, TableClient.CreateQueryFilter($"RowKey ge {from} and RowKey lt {ItemKeys.PrefixEnd(from)}"), scrubber, null, cancellationToken);
                changed += await DeleteExportsAsync(tenant, personId, cancellationToken);
                changed += await DeleteTodoSyncAsync(tenant, personId, cancellationToken);
                return changed;
            },
            cancellationToken);

    /// <summary>Their To Do sync state and item ↔ task links: nothing is synced for a forgotten person.</summary>
    private async Task<int> DeleteTodoSyncAsync(TenantKey tenant, string personId, CancellationToken cancellationToken)
    {
        TableClient table = await _tables.GetAsync(TableNames.TodoSync, cancellationToken);
        string partition = TodoSyncKeys.Partition(tenant);
        string state = TodoSyncKeys.State(personId);
        string links = TodoSyncKeys.LinkScope(personId);
        string filter = TableClient.CreateQueryFilter(
            $"PartitionKey eq {partition} and (RowKey eq {state} or (RowKey ge {links} and RowKey lt {ItemKeys.PrefixEnd(links)}))");
        int deleted = 0;
        foreach (TableEntity row in await TableQueries.ReadAllAsync(table, filter, cancellationToken))
        {
            try
            {
                await table.DeleteEntityAsync(row.PartitionKey, row.RowKey, ETag.All, cancellationToken);
                deleted++;
            }
            catch (RequestFailedException exception) when (exception.Status == 404)
            {
                // Deleted meanwhile.
            }
        }

        return deleted;
    }

    /// <summary>The names stored beside the person's id (they may differ from the current display name).</summary>
    private async Task<IEnumerable<string>> StoredNamesAsync(string partition, string personId, CancellationToken cancellationToken)
    {
        TableClient items = await _tables.GetAsync(TableNames.Items, cancellationToken);
        var names = new HashSet<string>(StringComparer.Ordinal);
        await foreach (TableEntity row in items.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {partition}"), 1000, cancellationToken: cancellationToken))
        {
            foreach ((string idColumn, string nameColumn) in new[] { ("OwnerId", "OwnerName"), ("CreatorId", "CreatorName"), ("ActorId", "ActorName") })
            {
                if (row.GetString(idColumn) == personId && row.GetString(nameColumn) is { Length: > 0 } name)
                {
                    names.Add(name);
                }
            }
        }

        return names;
    }

    private static async Task<int> ScrubAsync(TableClient table, string filter, Scrubber scrubber, string? deleteRowKey, CancellationToken cancellationToken)
    {
        int changed = 0;
        for (int pass = 0; pass < MaxPasses; pass++)
        {
            bool conflict = false;
            var rows = new List<TableEntity>();
            await foreach (TableEntity row in table.QueryAsync<TableEntity>(filter, 1000, cancellationToken: cancellationToken))
            {
                rows.Add(row);
            }

            foreach (TableEntity row in rows)
            {
                try
                {
                    if (row.RowKey == deleteRowKey)
                    {
                        await table.DeleteEntityAsync(row.PartitionKey, row.RowKey, row.ETag, cancellationToken);
                        changed++;
                        continue;
                    }

                    if (scrubber.Scrub(row) is not { } scrubbed)
                    {
                        continue;
                    }

                    if (scrubbed.RowKey != row.RowKey)
                    {
                        await table.UpsertEntityAsync(scrubbed, TableUpdateMode.Replace, cancellationToken);
                        await table.DeleteEntityAsync(row.PartitionKey, row.RowKey, row.ETag, cancellationToken);
                    }
                    else
                    {
                        await table.UpdateEntityAsync(scrubbed, row.ETag, TableUpdateMode.Replace, cancellationToken);
                    }

                    changed++;
                }
                catch (RequestFailedException exception) when (exception.Status is 404 or 412)
                {
                    conflict = true;
                }
            }

            if (!conflict)
            {
                break;
            }
        }

        return changed;
    }

    /// <summary>Pending export links the person asked for in this tenant stop working.</summary>
    private async Task<int> DeleteExportsAsync(TenantKey tenant, string personId, CancellationToken cancellationToken)
    {
        TableClient exports = await _tables.GetAsync(TableNames.Exports, cancellationToken);
        int deleted = 0;
        await foreach (TableEntity row in exports.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {"export"}"), 1000, cancellationToken: cancellationToken))
        {
            string json = row.GetString(DocumentRows.Column) ?? string.Empty;
            if (json.Contains(tenant.Value, StringComparison.Ordinal) && json.Contains(personId, StringComparison.Ordinal))
            {
                await exports.DeleteEntityAsync(row.PartitionKey, row.RowKey, ETag.All, cancellationToken);
                deleted++;
            }
        }

        return deleted;
    }

    /// <summary>Replaces the id (plain and key-encoded) and the names, each as a whole word, in every string column and the RowKey.</summary>
    private sealed class Scrubber
    {
        private readonly (Regex Pattern, string Replacement)[] _rules;

        public Scrubber(string personId, string replacementId, string replacementName, IEnumerable<string> names)
        {
            var rules = new List<(Regex, string)> { (Whole(personId), replacementId) };
            string encoded = KeyEncoder.Encode(personId);
            if (encoded != personId)
            {
                rules.Add((Whole(encoded), KeyEncoder.Encode(replacementId)));
            }

            foreach (string name in names.Where(n => n.Trim().Length >= MinNameLength).Distinct(StringComparer.OrdinalIgnoreCase).OrderByDescending(n => n.Length))
            {
                rules.Add((Whole(name.Trim()), replacementName));
            }

            _rules = [.. rules];
        }

        /// <summary>A copy with every match replaced, or null when the row does not name the person.</summary>
        public TableEntity? Scrub(TableEntity row)
        {
            string rowKey = Replace(row.RowKey);
            var copy = new TableEntity(row.PartitionKey, rowKey);
            bool changed = rowKey != row.RowKey;
            foreach ((string key, object value) in row)
            {
                if (key is "PartitionKey" or "RowKey" or "Timestamp" or "odata.etag")
                {
                    continue;
                }

                if (value is string text)
                {
                    string replaced = Replace(text);
                    changed |= replaced != text;
                    copy[key] = replaced;
                }
                else
                {
                    copy[key] = value;
                }
            }

            return changed ? copy : null;
        }

        private string Replace(string text)
        {
            foreach ((Regex pattern, string replacement) in _rules)
            {
                text = pattern.Replace(text, replacement);
            }

            return text;
        }

        private static Regex Whole(string value) =>
            new(@"(?<![\p{L}\p{N}_-])" + Regex.Escape(value) + @"(?![\p{L}\p{N}_-])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
    }
}
