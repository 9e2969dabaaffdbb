using System.Globalization;
using ActionTracker.Core.Goals;
using ActionTracker.Core.Items;
using ActionTracker.Core.People;
using ActionTracker.Core.Ports;
using ActionTracker.Core.Tenancy;
using ActionTracker.Storage.Keys;
using Azure;
using Azure.Data.Tables;

namespace ActionTracker.Storage.Tables;

/// <summary>
/// Goals table, one partition per tenant: goal rows <c>goal|{n}</c>, their milestones <c>goal|{n}|m|{m}</c> (so a range
/// read returns a goal's milestones), the goal counter and one milestone counter per goal.
/// </summary>
internal sealed class TableGoalStore : IGoalStore
{
    private const string Counter = "counter";
    private const string Prefix = "goal|";
    private const long MaxGoals = 9_999_999_999;
    private const long MaxMilestones = 9_999;

    private readonly StorageTables _tables;
    private readonly TimeProvider _time;

    public TableGoalStore(StorageTables tables, TimeProvider time)
    {
        _tables = tables;
        _time = time;
    }

    public Task<StoreResult<Goal>> CreateGoalAsync(Goal goal, CancellationToken cancellationToken) =>
        StorageErrors.GuardAsync(
            async () =>
            {
                ArgumentNullException.ThrowIfNull(goal);
                if (string.IsNullOrWhiteSpace(goal.Title) || goal.Title.Length > ActionItemLimits.MaxTitleLength)
                {
                    return StoreResult<Goal>.Invalid($"A goal needs a title of 1 to {ActionItemLimits.MaxTitleLength} characters.");
                }

                TableClient table = await _tables.GetAsync(TableNames.Goals, cancellationToken);
                string partition = KeyEncoder.Encode(goal.Tenant.Value);
                DateTimeOffset now = _time.GetUtcNow();
                var taken = await TenantSequence.InsertNextAsync(
                    table, partition, Counter, MaxGoals,
                    (next, _) => Task.FromResult<IReadOnlyList<TableEntity>>([GoalRow(goal with { Number = next, CreatedAt = now }, partition)]),
                    onRetry: null,
                    cancellationToken);
                return taken is { } result
                    ? StoreResult<Goal>.Ok(goal with { Number = result.Number, CreatedAt = now, Version = result.Responses[1].Headers.ETag?.ToString() })
                    : StoreResult<Goal>.Conflict("Too many goals are being created at once; please try again.");
            },
            cancellationToken);

    public Task<Goal?> GetGoalAsync(TenantKey tenant, long number, CancellationToken cancellationToken) =>
        StorageErrors.GuardAsync(
            async () =>
            {
                TableClient table = await _tables.GetAsync(TableNames.Goals, cancellationToken);
                NullableResponse<TableEntity> row = await table.GetEntityIfExistsAsync<TableEntity>(KeyEncoder.Encode(tenant.Value), GoalKey(number), cancellationToken: cancellationToken);
                return row.HasValue ? ToGoal(tenant, row.Value!) : null;
            },
            cancellationToken);

    public Task<IReadOnlyList<Goal>> ListGoalsAsync(TenantKey tenant, CancellationToken cancellationToken) =>
        StorageErrors.GuardAsync<IReadOnlyList<Goal>>(
            async () =>
            {
                TableClient table = await _tables.GetAsync(TableNames.Goals, cancellationToken);
                string partition = KeyEncoder.Encode(tenant.Value);
                string end = ItemKeys.PrefixEnd(Prefix);
                string filter = TableClient.CreateQueryFilter($"PartitionKey eq {partition} and RowKey ge {Prefix} and RowKey lt {end} and Kind eq {"goal"}");
                return (await TableQueries.ReadAllAsync(table, filter, cancellationToken)).Select(row => ToGoal(tenant, row)).ToList();
            },
            cancellationToken);

    public Task<StoreResult<Milestone>> CreateMilestoneAsync(Milestone milestone, CancellationToken cancellationToken) =>
        StorageErrors.GuardAsync(
            async () =>
            {
                ArgumentNullException.ThrowIfNull(milestone);
                if (string.IsNullOrWhiteSpace(milestone.Title) || milestone.Title.Length > ActionItemLimits.MaxTitleLength)
                {
                    return StoreResult<Milestone>.Invalid($"A milestone needs a title of 1 to {ActionItemLimits.MaxTitleLength} characters.");
                }

                TableClient table = await _tables.GetAsync(TableNames.Goals, cancellationToken);
                string partition = KeyEncoder.Encode(milestone.Tenant.Value);
                var taken = await TenantSequence.InsertNextAsync(
                    table, partition, "mcounter|" + GoalKey(milestone.GoalNumber), MaxMilestones,
                    (next, _) => Task.FromResult<IReadOnlyList<TableEntity>>([MilestoneRow(milestone with { Number = (int)next }, partition)]),
                    onRetry: null,
                    cancellationToken);
                return taken is { } result
                    ? StoreResult<Milestone>.Ok(milestone with { Number = (int)result.Number })
                    : StoreResult<Milestone>.Conflict("Too many milestones are being created at once; please try again.");
            },
            cancellationToken);

    public Task<IReadOnlyList<Milestone>> ListMilestonesAsync(TenantKey tenant, long goalNumber, CancellationToken cancellationToken) =>
        StorageErrors.GuardAsync<IReadOnlyList<Milestone>>(
            async () =>
            {
                TableClient table = await _tables.GetAsync(TableNames.Goals, cancellationToken);
                string partition = KeyEncoder.Encode(tenant.Value);
                string prefix = GoalKey(goalNumber) + "|m|";
                string end = ItemKeys.PrefixEnd(prefix);
                string filter = TableClient.CreateQueryFilter($"PartitionKey eq {partition} and RowKey ge {prefix} and RowKey lt {end}");
                return (await TableQueries.ReadAllAsync(table, filter, cancellationToken)).Select(row => ToMilestone(tenant, row)).ToList();
            },
            cancellationToken);

    private static string GoalKey(long number) => Prefix + number.ToString("D10", CultureInfo.InvariantCulture);

    private static TableEntity GoalRow(Goal goal, string partition)
    {
        var row = new TableEntity(partition, GoalKey(goal.Number))
        {
            ["Kind"] = "goal",
            ["Number"] = goal.Number,
            ["Title"] = goal.Title,
            ["OwnerId"] = goal.Owner.Id,
            ["OwnerName"] = goal.Owner.DisplayName,
            ["Scope"] = goal.Scope.ToString(),
            ["CreatedAt"] = goal.CreatedAt,
        };
        AddDue(row, goal.Due);
        if (goal.ConversationId is not null)
        {
            row["ConversationId"] = goal.ConversationId;
        }

        return row;
    }

    private static TableEntity MilestoneRow(Milestone milestone, string partition)
    {
        var row = new TableEntity(partition, GoalKey(milestone.GoalNumber) + "|m|" + milestone.Number.ToString("D4", CultureInfo.InvariantCulture))
        {
            ["Kind"] = "milestone",
            ["GoalNumber"] = milestone.GoalNumber,
            ["Number"] = milestone.Number,
            ["Title"] = milestone.Title,
        };
        AddDue(row, milestone.Due);
        return row;
    }

    private static void AddDue(TableEntity row, DueDate? due)
    {
        if (due is not null)
        {
            row["DueUtc"] = due.Utc.ToUniversalTime();
            row["DueTimeZone"] = due.TimeZoneId;
            row["DueHasTime"] = due.HasTime;
        }
    }

    private static DueDate? ReadDue(TableEntity row) => row.GetDateTimeOffset("DueUtc") is { } utc
        ? new DueDate { Utc = utc.ToUniversalTime(), TimeZoneId = row.GetString("DueTimeZone") ?? "UTC", HasTime = row.GetBoolean("DueHasTime") ?? false }
        : null;

    private static Goal ToGoal(TenantKey tenant, TableEntity row) => new()
    {
        Tenant = tenant,
        Number = row.GetInt64("Number") ?? 0,
        Title = row.GetString("Title") ?? string.Empty,
        Owner = new PersonRef(row.GetString("OwnerId") ?? "unknown", row.GetString("OwnerName") ?? string.Empty),
        Scope = Enum.TryParse(row.GetString("Scope"), out GoalScope scope) ? scope : GoalScope.Team,
        Due = ReadDue(row),
        ConversationId = row.GetString("ConversationId"),
        CreatedAt = row.GetDateTimeOffset("CreatedAt") ?? DateTimeOffset.MinValue,
        Version = row.ETag.ToString(),
    };

    private static Milestone ToMilestone(TenantKey tenant, TableEntity row) => new()
    {
        Tenant = tenant,
        GoalNumber = row.GetInt64("GoalNumber") ?? 0,
        Number = row.GetInt32("Number") ?? 0,
        Title = row.GetString("Title") ?? string.Empty,
        Due = ReadDue(row),
        Version = row.ETag.ToString(),
    };
}
