using System.Text.Json;
using ActionTracker.Core.Ports;
using ActionTracker.Core.Tenancy;
using ActionTracker.Storage.Entities;
using ActionTracker.Storage.Keys;
using Azure;
using Azure.Data.Tables;

namespace ActionTracker.Storage.Tables;

/// <summary>
/// <c>admin forget</c> on Table Storage: deletes the person's profile and pending exports, and rewrites every row of
/// the tenant's partitions (items, index and audit rows, goals, decisions, settings, cursors, conversations, the admin
/// log, meeting drafts) and of the due index that carries their id or one of their names; their delivery status row
/// and kept pasted transcripts naming them are deleted. Rows whose key holds the id (owner index) are re-keyed. A row
/// changed meanwhile (ETag mismatch) is read again on the next pass.
/// </summary>
internal sealed class TablePersonDataEraser : IPersonDataEraser
{
    private const int MaxPasses = 3;

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
                TableClient meetings = await _tables.GetAsync(TableNames.Meetings, cancellationToken);
                IEnumerable<string> draftNames = (await DraftsAsync(meetings, partition, cancellationToken)).SelectMany(d => MeetingDraftScrubber.NamesOf(d.Draft, personId));
                var scrubber = new PersonScrubber(personId, replacementId, replacementName, names.Concat(await StoredNamesAsync(partition, personId, cancellationToken)).Concat(draftNames));
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
                changed += await ScrubMeetingsAsync(meetings, partition, scrubber, personId, replacementId, replacementName, cancellationToken);
                changed += await DeleteDeliveryStatusAsync(partition, personId, cancellationToken);
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

    private static async Task<int> ScrubAsync(TableClient table, string filter, PersonScrubber scrubber, string? deleteRowKey, CancellationToken cancellationToken)
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

    /// <summary>The tenant's meeting drafts as stored, with their rows (for the ETag).</summary>
    private static async Task<List<(TableEntity Row, StoredMeetingDraft Draft)>> DraftsAsync(TableClient meetings, string partition, CancellationToken cancellationToken)
    {
        var drafts = new List<(TableEntity, StoredMeetingDraft)>();
        string from = TableMeetingStore.MeetingPrefix;
        string filter = TableClient.CreateQueryFilter($"PartitionKey eq {partition} and RowKey ge {from} and RowKey lt {ItemKeys.PrefixEnd(from)}");
        await foreach (TableEntity row in meetings.QueryAsync<TableEntity>(filter, 100, cancellationToken: cancellationToken))
        {
            if (TableMeetingStore.Join(row) is { } json && JsonSerializer.Deserialize(json, StorageJsonContext.Default.StoredMeetingDraft) is { } draft)
            {
                drafts.Add((row, draft));
            }
        }

        return drafts;
    }

    /// <summary>
    /// Meeting drafts are rewritten field by field (owners, organizer, participants, speakers, quotes, decisions), not as
    /// raw JSON, so escaped or split names are found too. Kept pasted transcript text that names the person is deleted:
    /// its draft already holds what was taken from it.
    /// </summary>
    private static async Task<int> ScrubMeetingsAsync(
        TableClient meetings, string partition, PersonScrubber scrubber, string personId, string replacementId, string replacementName, CancellationToken cancellationToken)
    {
        int changed = 0;
        for (int pass = 0; pass < MaxPasses; pass++)
        {
            bool conflict = false;
            foreach ((TableEntity row, StoredMeetingDraft draft) in await DraftsAsync(meetings, partition, cancellationToken))
            {
                string before = JsonSerializer.Serialize(draft, StorageJsonContext.Default.StoredMeetingDraft);
                string after = JsonSerializer.Serialize(MeetingDraftScrubber.Scrub(draft, scrubber, personId, replacementId, replacementName), StorageJsonContext.Default.StoredMeetingDraft);
                if (before == after || TableMeetingStore.ChunkedRow(partition, row.RowKey, after) is not { } rewritten)
                {
                    continue;
                }

                rewritten["TranscriptHash"] = row.GetString("TranscriptHash");
                try
                {
                    await meetings.UpdateEntityAsync(rewritten, row.ETag, TableUpdateMode.Replace, cancellationToken);
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

        string from = TableMeetingStore.InputPrefix;
        string inputs = TableClient.CreateQueryFilter($"PartitionKey eq {partition} and RowKey ge {from} and RowKey lt {ItemKeys.PrefixEnd(from)}");
        await foreach (TableEntity row in meetings.QueryAsync<TableEntity>(inputs, 100, cancellationToken: cancellationToken))
        {
            if (TableMeetingStore.Join(row) is { } text && scrubber.Replace(text) != text)
            {
                await meetings.DeleteEntityAsync(row.PartitionKey, row.RowKey, ETag.All, cancellationToken);
                changed++;
            }
        }

        return changed;
    }

    /// <summary>The person's delivery failure row (backoff, "unreachable" in the digest) serves no one once they are forgotten.</summary>
    private async Task<int> DeleteDeliveryStatusAsync(string partition, string personId, CancellationToken cancellationToken)
    {
        TableClient deliveries = await _tables.GetAsync(TableNames.Deliveries, cancellationToken);
        Response response = await deliveries.DeleteEntityAsync(partition, KeyEncoder.Encode(personId), ETag.All, cancellationToken);
        return response.Status == 404 ? 0 : 1;
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
}
