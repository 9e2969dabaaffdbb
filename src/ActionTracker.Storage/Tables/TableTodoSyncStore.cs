using ActionTracker.Core.Items;
using ActionTracker.Core.People;
using ActionTracker.Core.Ports;
using ActionTracker.Core.Sync;
using ActionTracker.Core.Tenancy;
using ActionTracker.Storage.Keys;
using Azure;
using Azure.Data.Tables;

namespace ActionTracker.Storage.Tables;

/// <summary>TodoSync table: per tenant partition, each person's sync state row and their item ↔ task links (<see cref="TodoSyncKeys"/>).</summary>
internal sealed class TableTodoSyncStore : ITodoSyncStore
{
    private readonly StorageTables _tables;

    public TableTodoSyncStore(StorageTables tables)
    {
        _tables = tables;
    }

    public Task<TodoSyncState?> GetStateAsync(TenantKey tenant, string personId, CancellationToken cancellationToken) =>
        StorageErrors.GuardAsync(
            async () =>
            {
                if (!KeyEncoder.TryEncode(personId, out _, out _))
                {
                    return null;
                }

                TableClient table = await _tables.GetAsync(TableNames.TodoSync, cancellationToken);
                NullableResponse<TableEntity> row = await table.GetEntityIfExistsAsync<TableEntity>(
                    TodoSyncKeys.Partition(tenant), TodoSyncKeys.State(personId), cancellationToken: cancellationToken);
                return row.HasValue ? StateFrom(tenant, row.Value!) : null;
            },
            cancellationToken);

    public Task<StoreResult<TodoSyncState>> SaveStateAsync(TodoSyncState state, CancellationToken cancellationToken) =>
        StorageErrors.GuardAsync(
            async () =>
            {
                ArgumentNullException.ThrowIfNull(state);
                if (!KeyEncoder.TryEncode(state.Person.Id, out _, out string? error))
                {
                    return StoreResult<TodoSyncState>.Invalid(error);
                }

                var row = new TableEntity(TodoSyncKeys.Partition(state.Tenant), TodoSyncKeys.State(state.Person.Id))
                {
                    ["PersonId"] = state.Person.Id,
                    ["PersonName"] = state.Person.DisplayName,
                    // Queryable: the scheduler's work list spans tenants.
                    ["Enabled"] = state.Enabled,
                };
                AddIfSet(row, "ListId", state.ListId);
                AddIfSet(row, "DeltaLink", state.DeltaLink);
                AddIfSet(row, "PausedReason", state.PausedReason);
                if (state.LastSyncedAt is { } lastSynced)
                {
                    row["LastSyncedAt"] = lastSynced;
                }

                TableClient table = await _tables.GetAsync(TableNames.TodoSync, cancellationToken);
                try
                {
                    Response response = state.Version is null
                        ? await table.AddEntityAsync(row, cancellationToken)
                        : await table.UpdateEntityAsync(row, new ETag(state.Version), TableUpdateMode.Replace, cancellationToken);
                    return StoreResult<TodoSyncState>.Ok(state with { Version = response.Headers.ETag?.ToString() ?? string.Empty });
                }
                catch (RequestFailedException exception) when (exception.Status is 404 or 409 or 412)
                {
                    return StoreResult<TodoSyncState>.Conflict("The To Do sync setting was changed at the same time; nothing was changed. Try again.");
                }
            },
            cancellationToken);

    public Task<IReadOnlyList<TodoSyncState>> ListEnabledAsync(CancellationToken cancellationToken) =>
        StorageErrors.GuardAsync<IReadOnlyList<TodoSyncState>>(
            async () =>
            {
                TableClient table = await _tables.GetAsync(TableNames.TodoSync, cancellationToken);
                string filter = TableClient.CreateQueryFilter($"Enabled eq {true}");
                List<TableEntity> rows = await TableQueries.ReadAllAsync(table, filter, cancellationToken);
                var states = new List<TodoSyncState>();
                foreach (TableEntity row in rows)
                {
                    if (row.RowKey.StartsWith(TodoSyncKeys.StatePrefix, StringComparison.Ordinal)
                        && TenantKey.TryParse(KeyEncoder.Decode(row.PartitionKey), out TenantKey tenant)
                        && StateFrom(tenant, row) is { } state)
                    {
                        states.Add(state);
                    }
                }

                return states;
            },
            cancellationToken);

    public Task<IReadOnlyList<TodoTaskLink>> ListLinksAsync(TenantKey tenant, string personId, CancellationToken cancellationToken) =>
        StorageErrors.GuardAsync<IReadOnlyList<TodoTaskLink>>(
            async () =>
            {
                TableClient table = await _tables.GetAsync(TableNames.TodoSync, cancellationToken);
                string partition = TodoSyncKeys.Partition(tenant);
                string start = TodoSyncKeys.LinkScope(personId);
                string end = ItemKeys.PrefixEnd(start);
                string filter = TableClient.CreateQueryFilter($"PartitionKey eq {partition} and RowKey ge {start} and RowKey lt {end}");
                List<TableEntity> rows = await TableQueries.ReadAllAsync(table, filter, cancellationToken);
                return rows.Select(row => LinkFrom(tenant, personId, row)).ToList();
            },
            cancellationToken);

    public Task SaveLinkAsync(TodoTaskLink link, CancellationToken cancellationToken) =>
        StorageErrors.GuardAsync(
            async () =>
            {
                ArgumentNullException.ThrowIfNull(link);
                var row = new TableEntity(TodoSyncKeys.Partition(link.Tenant), TodoSyncKeys.Link(link.PersonId, link.Number))
                {
                    ["Number"] = link.Number.Value,
                    ["TaskId"] = link.TaskId,
                    ["Fingerprint"] = link.Fingerprint,
                    ["Completed"] = link.Completed,
                    ["TaskModifiedAt"] = link.TaskModifiedAt,
                    ["ItemRevision"] = link.ItemRevision,
                    ["Detached"] = link.Detached,
                };
                TableClient table = await _tables.GetAsync(TableNames.TodoSync, cancellationToken);

                // One person's sync runs at a time (one queued job), so the last write is the current truth.
                await table.UpsertEntityAsync(row, TableUpdateMode.Replace, cancellationToken);
            },
            cancellationToken);

    public Task DeleteLinkAsync(TenantKey tenant, string personId, ItemNumber number, CancellationToken cancellationToken) =>
        StorageErrors.GuardAsync(
            async () =>
            {
                TableClient table = await _tables.GetAsync(TableNames.TodoSync, cancellationToken);
                try
                {
                    await table.DeleteEntityAsync(TodoSyncKeys.Partition(tenant), TodoSyncKeys.Link(personId, number), ETag.All, cancellationToken);
                }
                catch (RequestFailedException exception) when (exception.Status == 404)
                {
                    // Already gone.
                }
            },
            cancellationToken);

    private static void AddIfSet(TableEntity row, string column, string? value)
    {
        if (value is not null)
        {
            row[column] = value;
        }
    }

    private static TodoSyncState? StateFrom(TenantKey tenant, TableEntity row) =>
        row.GetString("PersonId") is { } id && PersonRef.IsValidId(id)
            ? new TodoSyncState
            {
                Tenant = tenant,
                Person = new PersonRef(id, row.GetString("PersonName") ?? id),
                Enabled = row.GetBoolean("Enabled") ?? false,
                ListId = row.GetString("ListId"),
                DeltaLink = row.GetString("DeltaLink"),
                PausedReason = row.GetString("PausedReason"),
                LastSyncedAt = row.GetDateTimeOffset("LastSyncedAt"),
                Version = row.ETag.ToString(),
            }
            : null;

    private static TodoTaskLink LinkFrom(TenantKey tenant, string personId, TableEntity row) => new()
    {
        Tenant = tenant,
        PersonId = personId,
        Number = new ItemNumber(row.GetInt64("Number") ?? 0),
        TaskId = row.GetString("TaskId") ?? string.Empty,
        Fingerprint = row.GetString("Fingerprint") ?? string.Empty,
        Completed = row.GetBoolean("Completed") ?? false,
        TaskModifiedAt = row.GetDateTimeOffset("TaskModifiedAt") ?? DateTimeOffset.MinValue,
        ItemRevision = row.GetInt32("ItemRevision") ?? 0,
        Detached = row.GetBoolean("Detached") ?? false,
        Version = row.ETag.ToString(),
    };
}
