using System.Globalization;
using ActionTracker.Core.Items;
using ActionTracker.Core.People;
using ActionTracker.Core.Tenancy;
using ActionTracker.Storage;
using ActionTracker.Storage.Tables;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace ActionTracker.Benchmarks;

/// <summary>The store under test and a raw SDK client on the same Azurite account and tables.</summary>
internal sealed class BenchmarkStorage
{
    public const string ConnectionStringVariable = "ACTIONTRACKER_BENCH_STORAGE";

    public static readonly PersonRef Owner = new("29:bench-owner", "Bench Owner");

    /// <param name="tablePrefix">Null: fresh tables for this run; otherwise the prefix of tables to share (the bot's are "").</param>
    public BenchmarkStorage(RoundTripCounter? counter = null, string? tablePrefix = null)
    {
        string connectionString = Environment.GetEnvironmentVariable(ConnectionStringVariable) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException($"{ConnectionStringVariable} is not set: run tests/ActionTracker.Benchmarks/run-benchmarks.sh.");
        var options = Options.Create(new StorageOptions
        {
            ConnectionString = connectionString,
            TablePrefix = tablePrefix ?? "bench" + Guid.NewGuid().ToString("N")[..8],
        });
        Tables = new StorageTables(options, counter);
        var time = TimeProvider.System;
        Store = new TableActionItemStore(Tables, new TableDueIndex(Tables, time, NullLogger<TableDueIndex>.Instance), time, NullLogger<TableActionItemStore>.Instance);
        Tenant = TenantKey.ForTeams("bench-" + Guid.NewGuid().ToString("N")[..8]);
    }

    public StorageTables Tables { get; }

    public TableActionItemStore Store { get; }

    public TenantKey Tenant { get; }

    /// <summary>The command executor over these tables, with the channel side left out (no directory hits, DMs dropped).</summary>
    public ActionTracker.Core.Execution.CommandExecutor NewExecutor()
    {
        var channel = new NullChannel();
        return new ActionTracker.Core.Execution.CommandExecutor(
            Store,
            new TablePersonStore(Tables),
            new TableDecisionStore(Tables),
            new TableListCursorStore(Tables),
            new TableGoalStore(Tables, TimeProvider.System),
            new TableTeamSettingsStore(Tables),
            channel,
            channel,
            TimeProvider.System);
    }

    public static ActionItem Draft(TenantKey tenant, int i) => new()
    {
        Tenant = tenant,
        Title = "Send the pricing deck " + i.ToString(CultureInfo.InvariantCulture),
        Owner = Owner,
        Creator = Owner,
        Priority = Priority.High,
        Context = "Leadership sync",
        ConversationId = "19:bench@thread.tacv2",
    };
}
