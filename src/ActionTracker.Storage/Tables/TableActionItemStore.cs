using ActionTracker.Core.Audit;
using ActionTracker.Core.Items;
using ActionTracker.Core.People;
using ActionTracker.Core.Ports;
using ActionTracker.Core.Tenancy;
using ActionTracker.Storage.Entities;
using ActionTracker.Storage.Keys;
using Azure;
using Azure.Data.Tables;
using Microsoft.Extensions.Logging;

namespace ActionTracker.Storage.Tables;

/// <summary>
/// Items in the tenant's partition of the Items table. Each create or update is one transaction holding the
/// item row, its owner/goal index copies and its audit rows (plus the id counter on create), so they never
/// disagree; the due index lives in a global table and is kept in step around the transaction.
/// </summary>
internal sealed class TableActionItemStore : IActionItemStore
{
    private const int RecordedIndexStart = 500;

    private readonly StorageTables _tables;
    private readonly TableDueIndex _dueIndex;
    private readonly TimeProvider _time;
    private readonly ILogger<TableActionItemStore> _logger;

    public TableActionItemStore(StorageTables tables, TableDueIndex dueIndex, TimeProvider time, ILogger<TableActionItemStore> logger)
    {
        _tables = tables;
        _dueIndex = dueIndex;
        _time = time;
        _logger = logger;
    }

    public Task<StoreResult<ActionItem>> CreateAsync(ActionItem draft, PersonRef actor, CancellationToken cancellationToken) =>
        StorageErrors.GuardAsync(() => CreateCoreAsync(draft, actor, cancellationToken), cancellationToken);

    public Task<ActionItem?> GetAsync(TenantKey tenant, ItemNumber number, CancellationToken cancellationToken) =>
        StorageErrors.GuardAsync(
            async () =>
            {
                TableClient items = await _tables.GetAsync(TableNames.Items, cancellationToken);
                NullableResponse<TableEntity> row = await items.GetEntityIfExistsAsync<TableEntity>(
                    ItemKeys.Partition(tenant), ItemKeys.Item(number), cancellationToken: cancellationToken);
                return row.HasValue ? ActionItemEntityMapper.FromEntity(tenant, row.Value!, row.Value!.ETag) : null;
            },
            cancellationToken);

    public Task<StoreResult<ActionItem>> UpdateAsync(ActionItem original, ActionItem updated, PersonRef actor, CancellationToken cancellationToken) =>
        StorageErrors.GuardAsync(() => UpdateCoreAsync(original, updated, actor, cancellationToken), cancellationToken);

    public Task<ResultPage<ActionItem>> ListAsync(
        TenantKey tenant, ItemListFilter filter, string? continuationToken, int pageSize, CancellationToken cancellationToken) =>
        ReadItemPageAsync(tenant, WithFilter(RangeFilter(tenant, ItemKeys.ItemPrefix), filter), continuationToken, pageSize, fromIndex: false, cancellationToken);

    public Task<ResultPage<ActionItem>> ListByOwnerAsync(
        TenantKey tenant, string ownerId, ItemListFilter filter, string? continuationToken, int pageSize, CancellationToken cancellationToken) =>
        ReadItemPageAsync(tenant, WithFilter(RangeFilter(tenant, ItemKeys.OwnerScope(ownerId)), filter), continuationToken, pageSize, fromIndex: true, cancellationToken);

    public Task<ResultPage<ActionItem>> ListByGoalAsync(
        TenantKey tenant, string goalId, ItemListFilter filter, string? continuationToken, int pageSize, CancellationToken cancellationToken) =>
        ReadItemPageAsync(tenant, WithFilter(RangeFilter(tenant, ItemKeys.GoalScope(goalId)), filter), continuationToken, pageSize, fromIndex: true, cancellationToken);

    public Task<IReadOnlyList<AuditEntry>> GetHistoryAsync(TenantKey tenant, ItemNumber number, CancellationToken cancellationToken) =>
        StorageErrors.GuardAsync<IReadOnlyList<AuditEntry>>(
            async () =>
            {
                TableClient items = await _tables.GetAsync(TableNames.Items, cancellationToken);
                List<TableEntity> rows = await TableQueries.ReadAllAsync(items, RangeFilter(tenant, ItemKeys.AuditScope(number)), cancellationToken);
                return rows.Select(row => AuditEntityMapper.FromEntity(tenant, row)).ToList();
            },
            cancellationToken);

    public Task RecordAsync(AuditEntry entry, CancellationToken cancellationToken) =>
        StorageErrors.GuardAsync(
            async () =>
            {
                ArgumentNullException.ThrowIfNull(entry);
                if (!ItemNumber.TryParse(entry.Subject, out ItemNumber number))
                {
                    throw new ArgumentException("An item audit row needs an item id such as #42.", nameof(entry));
                }

                // Rows of changes use indexes from 0; recorded events take the next free one from 500 at the same revision.
                TableClient items = await _tables.GetAsync(TableNames.Items, cancellationToken);
                for (int index = RecordedIndexStart; ; index++)
                {
                    try
                    {
                        await items.AddEntityAsync(AuditEntityMapper.ToEntity(ItemKeys.Partition(entry.Tenant), number, index, entry), cancellationToken);
                        return;
                    }
                    catch (RequestFailedException exception) when (exception.Status == 409 && index < RecordedIndexStart + 400)
                    {
                    }
                }
            },
            cancellationToken);

    /// <summary>Adds the listing's conditions; every value goes through CreateQueryFilter, never concatenation.</summary>
    private static string WithFilter(string range, ItemListFilter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var parts = new List<string> { range };
        if (filter.OpenOnly)
        {
            parts.Add(TableClient.CreateQueryFilter($"IsOpen eq {true}"));
        }

        if (filter.Status is { } status)
        {
            parts.Add(TableClient.CreateQueryFilter($"Status eq {status.ToString()}"));
        }

        if (filter.ConversationId is { } conversation)
        {
            parts.Add(TableClient.CreateQueryFilter($"ConversationId eq {conversation}"));
        }

        if (filter.MeetingId is { } meeting)
        {
            parts.Add(TableClient.CreateQueryFilter($"MeetingId eq {meeting}"));
        }

        if (filter.CompletedSince is { } since)
        {
            parts.Add(TableClient.CreateQueryFilter($"CompletedAt ge {since.ToUniversalTime()}"));
        }

        if (filter.DueFrom is { } dueFrom)
        {
            parts.Add(TableClient.CreateQueryFilter($"DueUtc ge {dueFrom.ToUniversalTime()}"));
        }

        if (filter.DueBefore is { } dueBefore)
        {
            parts.Add(TableClient.CreateQueryFilter($"DueUtc lt {dueBefore.ToUniversalTime()}"));
        }

        return string.Join(" and ", parts);
    }

    private static string RangeFilter(TenantKey tenant, string prefix)
    {
        string partition = ItemKeys.Partition(tenant);
        string end = ItemKeys.PrefixEnd(prefix);
        return TableClient.CreateQueryFilter($"PartitionKey eq {partition} and RowKey ge {prefix} and RowKey lt {end}");
    }

    /// <summary>Index copies carry the index row's ETag, not the item's, so their Version is cleared: re-read before updating.</summary>
    private Task<ResultPage<ActionItem>> ReadItemPageAsync(
        TenantKey tenant, string filter, string? continuationToken, int pageSize, bool fromIndex, CancellationToken cancellationToken) =>
        StorageErrors.GuardAsync(
            async () =>
            {
                TableClient items = await _tables.GetAsync(TableNames.Items, cancellationToken);
                ResultPage<TableEntity> page = await TableQueries.ReadPageAsync(items, filter, continuationToken, pageSize, cancellationToken);
                List<ActionItem> list = page.Items
                    .Select(row => ActionItemEntityMapper.FromEntity(tenant, row, row.ETag))
                    .Select(item => fromIndex ? item with { Version = null } : item)
                    .ToList();
                return new ResultPage<ActionItem>(list, page.ContinuationToken);
            },
            cancellationToken);

    private async Task<StoreResult<ActionItem>> CreateCoreAsync(ActionItem draft, PersonRef actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(actor);
        if (ActionItemLimits.Check(draft) is { } invalid)
        {
            return StoreResult<ActionItem>.Invalid(invalid);
        }

        if (IndexKeyError(draft) is { } keyError)
        {
            return StoreResult<ActionItem>.Invalid(keyError);
        }

        TableClient items = await _tables.GetAsync(TableNames.Items, cancellationToken);
        string partition = ItemKeys.Partition(draft.Tenant);
        ActionItem? item = null;
        var taken = await TenantSequence.InsertNextAsync(
            items,
            partition,
            ItemKeys.Counter,
            ItemNumber.MaxValue,
            async (next, ct) =>
            {
                DateTimeOffset now = _time.GetUtcNow();
                item = draft with
                {
                    Number = new ItemNumber(next),
                    CreatedAt = now,
                    UpdatedAt = now,
                    CompletedAt = draft.Status.IsClosed() ? now : null,
                    Revision = 1,
                    Version = null,
                };

                // Index first: if we crash after this, the sweep finds a row without an item and removes it.
                await _dueIndex.WriteAsync(item, ct);

                var rows = new List<TableEntity> { ActionItemEntityMapper.ToEntity(item, partition, ItemKeys.Item(item.Number)) };
                rows.AddRange(IndexKeys(item).Select(key => ActionItemEntityMapper.ToEntity(item, partition, key)));
                var created = new AuditEntry
                {
                    Tenant = item.Tenant,
                    Subject = item.Number.ToString(),
                    Actor = actor,
                    At = now,
                    Revision = 1,
                    Change = new FieldChange(ActionItemDiff.CreatedField, null, item.Title),
                };
                rows.Add(AuditEntityMapper.ToEntity(partition, item.Number, 0, created));
                return rows;
            },
            attempt => Log.IdAllocationRetry(_logger, draft.Tenant.Value, attempt),
            cancellationToken);

        if (taken is { } result && item is not null)
        {
            return StoreResult<ActionItem>.Ok(item with { Version = await ItemEtagAsync(items, item, result.Responses[1], cancellationToken) });
        }

        return StoreResult<ActionItem>.Conflict("Too many items are being created at once in this workspace; please try again.");
    }

    private async Task<StoreResult<ActionItem>> UpdateCoreAsync(ActionItem original, ActionItem updated, PersonRef actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(original);
        ArgumentNullException.ThrowIfNull(updated);
        ArgumentNullException.ThrowIfNull(actor);
        if (original.Tenant != updated.Tenant || original.Number != updated.Number)
        {
            return StoreResult<ActionItem>.Invalid("An update must keep the item's tenant and number.");
        }

        if (original.Version is null)
        {
            return StoreResult<ActionItem>.Invalid($"{original.Number} must be read before it is changed.");
        }

        if (ActionItemLimits.Check(updated) is { } invalid)
        {
            return StoreResult<ActionItem>.Invalid(invalid);
        }

        if (IndexKeyError(updated) is { } keyError)
        {
            return StoreResult<ActionItem>.Invalid(keyError);
        }

        IReadOnlyList<FieldChange> changes = ActionItemDiff.Compute(original, updated);
        if (changes.Count == 0)
        {
            return StoreResult<ActionItem>.Ok(original);
        }

        DateTimeOffset now = _time.GetUtcNow();
        ActionItem next = updated with
        {
            Creator = original.Creator,
            CreatedAt = original.CreatedAt,
            UpdatedAt = now,
            Revision = original.Revision + 1,
            CompletedAt = updated.Status.IsClosed() ? original.CompletedAt ?? now : null,
            Version = null,
        };

        bool dueMoved = ActionItemDiff.Due(original.Due) != ActionItemDiff.Due(next.Due) || original.Status.IsClosed() != next.Status.IsClosed();
        if (dueMoved)
        {
            await _dueIndex.WriteAsync(next, cancellationToken);
        }

        TableClient items = await _tables.GetAsync(TableNames.Items, cancellationToken);
        string partition = ItemKeys.Partition(next.Tenant);
        Response<IReadOnlyList<Response>> response;
        try
        {
            response = await items.SubmitTransactionAsync(BuildUpdate(partition, original, next, changes, actor, now, deleteOldIndexRows: true).Actions, cancellationToken);
        }
        catch (TableTransactionFailedException exception) when (exception.Status == 404 && exception.FailedTransactionActionIndex > 0)
        {
            // An index row that should exist was missing; rewrite the indexes without deleting.
            response = await items.SubmitTransactionAsync(BuildUpdate(partition, original, next, changes, actor, now, deleteOldIndexRows: false).Actions, cancellationToken);
        }
        catch (TableTransactionFailedException exception) when (exception.Status == 412)
        {
            return StoreResult<ActionItem>.Conflict($"{original.Number} was changed by someone else since it was read; nothing was changed. Look at it again and retry.");
        }
        catch (TableTransactionFailedException exception) when (exception.Status == 404)
        {
            return StoreResult<ActionItem>.NotFound($"{original.Number} does not exist.");
        }

        if (dueMoved && original.Due is { } oldDue && !original.Status.IsClosed()
            && (next.Status.IsClosed() || next.Due is null || DueKeys.Bucket(next.Due.Utc) != DueKeys.Bucket(oldDue.Utc)))
        {
            await _dueIndex.RemoveAsync(original.Tenant, original.Number, oldDue.Utc, cancellationToken);
        }

        return StoreResult<ActionItem>.Ok(next with { Version = await ItemEtagAsync(items, next, response.Value[0], cancellationToken) });
    }

    private static PartitionBatch BuildUpdate(
        string partition, ActionItem original, ActionItem next, IReadOnlyList<FieldChange> changes, PersonRef actor, DateTimeOffset now, bool deleteOldIndexRows)
    {
        var batch = new PartitionBatch(partition);
        batch.Add(TableTransactionActionType.UpdateReplace, ActionItemEntityMapper.ToEntity(next, partition, ItemKeys.Item(next.Number)), new ETag(original.Version!));

        List<string> newKeys = IndexKeys(next).ToList();
        if (deleteOldIndexRows)
        {
            foreach (string oldKey in IndexKeys(original).Except(newKeys, StringComparer.Ordinal))
            {
                batch.Add(TableTransactionActionType.Delete, new TableEntity(partition, oldKey), ETag.All);
            }
        }

        foreach (string key in newKeys)
        {
            batch.Add(TableTransactionActionType.UpsertReplace, ActionItemEntityMapper.ToEntity(next, partition, key));
        }

        for (int i = 0; i < changes.Count; i++)
        {
            var entry = new AuditEntry
            {
                Tenant = next.Tenant,
                Subject = next.Number.ToString(),
                Actor = actor,
                At = now,
                Revision = next.Revision,
                Change = changes[i],
            };
            batch.Add(TableTransactionActionType.Add, AuditEntityMapper.ToEntity(partition, next.Number, i, entry));
        }

        return batch;
    }

    private static IEnumerable<string> IndexKeys(ActionItem item)
    {
        if (item.Owner is not null)
        {
            yield return ItemKeys.Owner(item.Owner.Id, item.Number);
        }

        if (item.GoalId is not null)
        {
            yield return ItemKeys.Goal(item.GoalId, item.Number);
        }
    }

    /// <summary>Ids that become key segments are checked before anything is written.</summary>
    private static string? IndexKeyError(ActionItem item)
    {
        if (item.Owner is not null && !KeyEncoder.TryEncode(item.Owner.Id, out _, out string? ownerError))
        {
            return "The owner id cannot be stored: " + ownerError;
        }

        if (item.GoalId is not null && !KeyEncoder.TryEncode(item.GoalId, out _, out string? goalError))
        {
            return "The goal id cannot be stored: " + goalError;
        }

        return null;
    }

    /// <summary>The item's new ETag from its sub-response; read back only if the service did not send one.</summary>
    private static async Task<string> ItemEtagAsync(TableClient items, ActionItem item, Response response, CancellationToken cancellationToken)
    {
        if (response.Headers.ETag is { } etag)
        {
            return etag.ToString();
        }

        Response<TableEntity> row = await items.GetEntityAsync<TableEntity>(
            ItemKeys.Partition(item.Tenant), ItemKeys.Item(item.Number), select: ["Revision"], cancellationToken: cancellationToken);
        return row.Value.ETag.ToString();
    }
}
