using System.Globalization;
using ActionTracker.Core.Items;
using ActionTracker.Core.People;
using ActionTracker.Core.Reminders;
using ActionTracker.Core.Tenancy;
using ActionTracker.Storage.Entities;
using ActionTracker.Storage.Keys;
using ActionTracker.Storage.Leases;
using ActionTracker.Storage.Tables;
using ActionTracker.TestSupport;
using Azure.Data.Tables;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace ActionTracker.Benchmarks;

/// <summary>
/// Stores a tenant's open items straight into the Items and DueIndex tables in 100-row transactions (seeding 100k items
/// one command at a time would take far longer than the sweep): <c>due</c> items with deadlines inside the sweep's
/// window, the rest due later (100 to an hour bucket, so each bucket is one transaction).
/// </summary>
internal static class SweepSeeder
{
    public const int Owners = 100;

    // Tuesday 9 March 2027, 10:00 UTC: inside default working hours.
    public static readonly DateTimeOffset Now = new(2027, 3, 9, 10, 0, 0, TimeSpan.Zero);

    private const int BatchSize = 100;

    /// <summary>A sweep over freshly seeded tables, with its clock at <see cref="Now"/>.</summary>
    public static async Task<ReminderSweep> SeededSweepAsync(int stored, int due, RowReadCounter? rows, RoundTripCounter? trips = null)
    {
        string connectionString = Environment.GetEnvironmentVariable(BenchmarkStorage.ConnectionStringVariable) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException($"{BenchmarkStorage.ConnectionStringVariable} is not set: run tests/ActionTracker.Benchmarks/run-benchmarks.sh.");
        var options = Options.Create(new Storage.StorageOptions { ConnectionString = connectionString, TablePrefix = "sweep" + Guid.NewGuid().ToString("N")[..8] });
        var seeding = new StorageTables(options);
        await SeedAsync(seeding, stored, due, CancellationToken.None);

        var tables = new StorageTables(options, rows is null ? trips : new CombinedPolicy(rows, trips));
        var time = new FakeTimeProvider(Now);
        var dueIndex = new TableDueIndex(tables, time, NullLogger<TableDueIndex>.Instance);
        return new ReminderSweep(
            dueIndex,
            new TablePersonStore(tables),
            new TableTeamSettingsStore(tables),
            new TableIdempotencyStore(tables, time),
            new NullChannel(),
            new TableLeaseStore(tables, time),
            new TableDeliveryStatusStore(tables));
    }

    public static async Task SeedAsync(StorageTables tables, int stored, int due, CancellationToken cancellationToken)
    {
        TenantKey tenant = TenantKey.ForTeams("sweep-" + Guid.NewGuid().ToString("N")[..8]);
        TableClient items = await tables.GetAsync(TableNames.Items, cancellationToken);
        TableClient dueTable = await tables.GetAsync(TableNames.DueIndex, cancellationToken);
        var itemRows = new List<TableEntity>(stored);
        var dueRows = new Dictionary<string, List<TableEntity>>(StringComparer.Ordinal);
        for (int i = 0; i < stored; i++)
        {
            var number = new ItemNumber(i + 1);
            DateTimeOffset dueUtc = i < due
                ? Now - TimeSpan.FromHours(72) + TimeSpan.FromMinutes(i * 7 % (144 * 60))
                : Now + ReminderSweep.LookAhead + TimeSpan.FromHours(1 + (i / BatchSize)) + TimeSpan.FromSeconds(i % BatchSize);
            var owner = new PersonRef("29:owner" + (i % Owners).ToString(CultureInfo.InvariantCulture), "Owner " + (i % Owners).ToString(CultureInfo.InvariantCulture));
            var item = new ActionItem
            {
                Tenant = tenant,
                Number = number,
                Title = "Send the pricing deck " + number.Value.ToString(CultureInfo.InvariantCulture),
                Owner = owner,
                Creator = owner,
                Due = new DueDate { Utc = dueUtc, TimeZoneId = "UTC" },
                CreatedAt = Now - TimeSpan.FromDays(30),
                UpdatedAt = Now - TimeSpan.FromDays(30),
            };
            itemRows.Add(ActionItemEntityMapper.ToEntity(item, ItemKeys.Partition(tenant), ItemKeys.Item(number)));
            string bucket = DueKeys.Bucket(dueUtc);
            if (!dueRows.TryGetValue(bucket, out List<TableEntity>? rows))
            {
                dueRows[bucket] = rows = [];
            }

            rows.Add(new TableEntity(bucket, DueKeys.Row(tenant, number)) { ["Tenant"] = tenant.Value, ["Number"] = number.Value });
        }

        IEnumerable<(TableClient Table, TableEntity[] Rows)> batches = itemRows.Chunk(BatchSize).Select(c => (items, c))
            .Concat(dueRows.Values.SelectMany(r => r.Chunk(BatchSize)).Select(c => (dueTable, c)));
        await Parallel.ForEachAsync(
            batches,
            new ParallelOptions { MaxDegreeOfParallelism = 16, CancellationToken = cancellationToken },
            async (batch, ct) => await batch.Table.SubmitTransactionAsync(batch.Rows.Select(r => new TableTransactionAction(TableTransactionActionType.Add, r)), ct));
    }

    /// <summary>Both observers on one pipeline slot.</summary>
    private sealed class CombinedPolicy : Azure.Core.Pipeline.HttpPipelineSynchronousPolicy
    {
        private readonly RowReadCounter _rows;
        private readonly RoundTripCounter? _trips;

        public CombinedPolicy(RowReadCounter rows, RoundTripCounter? trips)
        {
            _rows = rows;
            _trips = trips;
        }

        public override void OnSendingRequest(Azure.Core.HttpMessage message)
        {
            _trips?.OnSendingRequest(message);
            _rows.OnSendingRequest(message);
        }

        public override void OnReceivedResponse(Azure.Core.HttpMessage message)
        {
            _trips?.OnReceivedResponse(message);
            _rows.OnReceivedResponse(message);
        }
    }
}
