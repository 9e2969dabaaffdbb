using System.Collections.Concurrent;
using System.Globalization;
using ActionTracker.Core.Dates;
using ActionTracker.Core.Items;
using ActionTracker.Core.People;
using ActionTracker.Core.Ports;
using ActionTracker.Core.Reminders;
using ActionTracker.Core.Tenancy;
using ActionTracker.Storage.Tests.Infrastructure;

namespace ActionTracker.Storage.Tests.Workflows;

/// <summary>Weeks of simulated time over real storage: every rung once, at an allowed local time, by two sweepers at once.</summary>
public sealed class ReminderSweepTests : IAsyncDisposable
{
    private static readonly string[] Zones = ["Europe/Berlin", "America/New_York", "Asia/Tokyo", "Australia/Sydney"];
    private static readonly DateTimeOffset Start = new(2027, 3, 8, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset End = new(2027, 4, 3, 0, 0, 0, TimeSpan.Zero);

    private readonly TestStorage _storage = new();
    private readonly RecordingNotifier _notifier = new();

    public ValueTask DisposeAsync() => _storage.DisposeAsync();

    [Fact]
    public async Task Sweep_FourWeeksAcrossFourZonesAndDst_SendsEveryRungOnceAtAnAllowedTime()
    {
        TenantKey tenant = TenantKey.ForTeams(Guid.NewGuid().ToString());
        _storage.Time.SetUtcNow(Start - TimeSpan.FromDays(1));
        var items = new List<ActionItem>();
        for (int i = 0; i < 40; i++)
        {
            string zone = Zones[i % Zones.Length];
            var owner = new PersonRef("owner-" + (i % Zones.Length).ToString(CultureInfo.InvariantCulture), "Owner " + zone);
            DateOnly dueDay = Weekdays(new DateOnly(2027, 3, 11)).ElementAt(i % 10);
            var draft = new ActionItem
            {
                Tenant = tenant,
                Title = "Item " + i.ToString(CultureInfo.InvariantCulture),
                Owner = owner,
                Creator = i % 3 == 0 ? new PersonRef("lead", "Team Lead") : owner,
                Due = DueDates.Create(new ResolvedDate(dueDay, null), zone, zone),
                ConversationId = "19:leadership",
            };
            items.Add((await _storage.Items.CreateAsync(draft, owner, CancellationToken.None)).Value!);
        }

        ActionItem finishedEarly = items[5];
        DateTimeOffset finishAt = new(2027, 3, 15, 12, 0, 0, TimeSpan.Zero);
        var sweepers = new[] { NewSweep(), NewSweep() };
        var sent = new ConcurrentBag<ReminderMessage>();
        for (DateTimeOffset now = Start; now < End; now += TimeSpan.FromHours(2))
        {
            if (now == finishAt)
            {
                ActionItem current = (await _storage.Items.GetAsync(tenant, finishedEarly.Number, CancellationToken.None))!;
                await _storage.Items.UpdateAsync(current, current with { Status = ItemStatus.Done }, current.Owner!, CancellationToken.None);
            }

            _storage.Time.SetUtcNow(now);
            IReadOnlyList<ReminderMessage>[] results = await Task.WhenAll(sweepers.Select(s => s.RunOnceAsync(now, dryRun: false, CancellationToken.None)));
            foreach (ReminderMessage message in results.SelectMany(r => r))
            {
                sent.Add(message);
            }
        }

        var actual = sent.SelectMany(m => m.Items.Select((n, i) => (m.Kind, Number: n.Value, Rung: m.Rungs[i].Split(':')[1], m.At))).ToList();
        var expected = items.SelectMany(item => ExpectedRungs(item, item.Number == finishedEarly.Number ? finishAt : End)).ToList();
        Assert.Equal(actual.Count, actual.Select(a => (a.Kind, a.Number, a.Rung)).Distinct().Count());
        Assert.Equal(
            expected.Select(e => (e.Kind, e.Number, e.Rung)).Order(),
            actual.Select(a => (a.Kind, a.Number, a.Rung)).Order());
        foreach (var reminder in actual)
        {
            ActionItem item = items.Single(i => i.Number.Value == reminder.Number);
            DateTimeOffset local = ZonedTime.ToLocal(reminder.At, item.Due!.TimeZoneId);
            Assert.InRange(local.TimeOfDay, TimeSpan.FromHours(9), TimeSpan.FromHours(17.5));
            Assert.DoesNotContain(local.DayOfWeek, new[] { DayOfWeek.Saturday, DayOfWeek.Sunday });
            Assert.Equal(expected.Single(e => e.Kind == reminder.Kind && e.Number == reminder.Number && e.Rung == reminder.Rung).Day, DateOnly.FromDateTime(local.DateTime));
        }

        // One DM per person per sweep: owners with several rungs due the same day got them batched.
        Assert.True(sent.Count < actual.Count);
    }

    [Fact]
    public async Task Sweep_DryRun_ListsWithoutSendingOrMarking()
    {
        TenantKey tenant = TenantKey.ForSlack("T1", null, false);
        var owner = new PersonRef("U1", "Una");
        _storage.Time.SetUtcNow(new DateTimeOffset(2027, 3, 9, 0, 0, 0, TimeSpan.Zero));
        await _storage.Items.CreateAsync(
            new ActionItem { Tenant = tenant, Title = "Deck", Owner = owner, Creator = owner, Due = DueDates.Create(new ResolvedDate(new DateOnly(2027, 3, 10), null), "UTC", "UTC") },
            owner,
            CancellationToken.None);
        var now = new DateTimeOffset(2027, 3, 9, 10, 0, 0, TimeSpan.Zero);

        IReadOnlyList<ReminderMessage> preview = await NewSweep().RunOnceAsync(now, dryRun: true, CancellationToken.None);
        IReadOnlyList<ReminderMessage> real = await NewSweep().RunOnceAsync(now, dryRun: false, CancellationToken.None);
        IReadOnlyList<ReminderMessage> again = await NewSweep().RunOnceAsync(now, dryRun: true, CancellationToken.None);

        Assert.Equal("#1", Assert.Single(Assert.Single(preview).Items).ToString());
        Assert.Single(real);
        Assert.Single(_notifier.Sent);
        Assert.Empty(again);
    }

    private ReminderSweep NewSweep() =>
        new(_storage.DueIndex, _storage.People, _storage.Settings, _storage.Idempotency, _notifier, _storage.Get<ILeaseStore>(), _storage.Get<IDeliveryStatusStore>());

    /// <summary>Expected rungs, computed independently: 3 and 1 working days before, the due day, then overdue days 1, 3, 5, ...</summary>
    private static IEnumerable<(string Kind, long Number, string Rung, DateOnly Day)> ExpectedRungs(ActionItem item, DateTimeOffset until)
    {
        DateOnly due = DueDates.LocalDate(item.Due!);
        DateOnly last = DateOnly.FromDateTime(ZonedTime.ToLocal(until, item.Due!.TimeZoneId).DateTime);
        DateTimeOffset lastInstant = until;
        var rungs = new List<(string Rung, DateOnly Day)>
        {
            ("b3", Weekdays(due, -1).ElementAt(2)),
            ("b1", Weekdays(due, -1).ElementAt(0)),
            ("d0", due),
        };
        List<DateOnly> after = Weekdays(due.AddDays(1)).Take(30).ToList();
        for (int n = 1; n <= 30; n += 2)
        {
            rungs.Add(("o" + n.ToString(CultureInfo.InvariantCulture), after[n - 1]));
        }

        foreach ((string rung, DateOnly day) in rungs)
        {
            if (day < last || (day == last && ZonedTime.ToLocal(lastInstant, item.Due.TimeZoneId).TimeOfDay > TimeSpan.FromHours(17.5)))
            {
                yield return ("reminder", item.Number.Value, rung, day);
            }
        }

        DateOnly escalation = after[2];
        if (item.Creator.Id != item.Owner!.Id && escalation < last)
        {
            yield return ("escalation", item.Number.Value, "esc", escalation);
        }
    }

    /// <summary>Weekdays from <paramref name="from"/> (inclusive) forwards, or strictly before it backwards.</summary>
    private static IEnumerable<DateOnly> Weekdays(DateOnly from, int direction = 1)
    {
        DateOnly day = direction > 0 ? from : from.AddDays(-1);
        while (true)
        {
            if (day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
            {
                yield return day;
            }

            day = day.AddDays(direction);
        }
    }
}
