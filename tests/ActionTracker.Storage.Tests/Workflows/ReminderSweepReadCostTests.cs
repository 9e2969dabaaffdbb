using System.Globalization;
using ActionTracker.Core.Items;
using ActionTracker.Core.People;
using ActionTracker.Core.Reminders;
using ActionTracker.Core.Tenancy;
using ActionTracker.Storage.Leases;
using ActionTracker.Storage.Tables;
using ActionTracker.Storage.Tests.Infrastructure;
using ActionTracker.TestSupport;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace ActionTracker.Storage.Tests.Workflows;

/// <summary>
/// What a sweep reads, counted at the HTTP level: the due-index rows of the window's buckets and their items, nothing
/// of the items due later or earlier (Azurite scans whole tables, so only a row count can show this).
/// </summary>
public sealed class ReminderSweepReadCostTests
{
    // Tuesday 9 March 2027, 10:00 UTC.
    private static readonly DateTimeOffset Now = new(2027, 3, 9, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Sweep_ManyItemsOutsideTheWindow_ReadsOnlyTheDueIndexRowsOfItsBucketsAndTheirItems()
    {
        var counter = new RowReadCounter();
        var time = new FakeTimeProvider(Now - TimeSpan.FromDays(1));
        var tables = new StorageTables(Options.Create(new StorageOptions { ConnectionString = TestStorage.ConnectionString, TablePrefix = "rc" + Guid.NewGuid().ToString("N")[..10] }), counter);
        var dueIndex = new TableDueIndex(tables, time, NullLogger<TableDueIndex>.Instance);
        var items = new TableActionItemStore(tables, dueIndex, time, NullLogger<TableActionItemStore>.Instance);
        TenantKey tenant = TenantKey.ForTeams(Guid.NewGuid().ToString());
        var inWindow = new List<DateTimeOffset>();
        for (int i = 0; i < 30; i++)
        {
            inWindow.Add(Now + TimeSpan.FromHours((i * 10) - 120));
        }

        var outside = new List<DateTimeOffset>
        {
            Now - ReminderSweep.LookBack - TimeSpan.FromHours(1),
            Now + ReminderSweep.LookAhead + TimeSpan.FromHours(1),
        };
        for (int i = 0; i < 200; i++)
        {
            outside.Add(Now + ReminderSweep.LookAhead + TimeSpan.FromHours(2 + (i * 17)));
        }

        int n = 0;
        foreach (DateTimeOffset due in inWindow.Concat(outside))
        {
            var owner = new PersonRef("29:owner" + (n++ % 7).ToString(CultureInfo.InvariantCulture), "Owner");
            await items.CreateAsync(
                new ActionItem { Tenant = tenant, Title = "Item " + n.ToString(CultureInfo.InvariantCulture), Owner = owner, Creator = owner, Due = new DueDate { Utc = due, TimeZoneId = "UTC" } },
                owner,
                CancellationToken.None);
        }

        var sweep = new ReminderSweep(
            dueIndex,
            new TablePersonStore(tables),
            new TableTeamSettingsStore(tables),
            new TableIdempotencyStore(tables, time),
            new Workflows.RecordingNotifier(),
            new TableLeaseStore(tables, time),
            new TableDeliveryStatusStore(tables));
        time.SetUtcNow(Now);
        counter.Reset();

        IReadOnlyList<ReminderMessage> sent = await sweep.RunOnceAsync(Now, dryRun: false, CancellationToken.None);

        Assert.NotEmpty(sent);
        Assert.Equal(inWindow.Count, counter.Rows("DueIndex"));
        Assert.Equal(inWindow.Count, counter.Rows("Items"));
        Assert.Equal(2 * inWindow.Count, counter.Total);
    }
}
