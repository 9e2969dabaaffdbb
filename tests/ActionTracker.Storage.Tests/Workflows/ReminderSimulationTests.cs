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

/// <summary>
/// Six weeks of simulated time, 500 items, four time zones across the 2027 DST changes (US 14 March, EU 28 March,
/// Sydney 4 April), two scheduler instances at every tick, over real storage. Items are completed and snoozed along the
/// way. The expected reminders come from an independent model of the ladder evaluated at the same ticks.
/// </summary>
public sealed class ReminderSimulationTests : IAsyncDisposable
{
    private const int ItemCount = 500;
    private static readonly string[] Zones = ["Europe/Berlin", "America/New_York", "Asia/Tokyo", "Australia/Sydney"];
    private static readonly DateTimeOffset Start = new(2027, 3, 1, 1, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset End = new(2027, 4, 12, 1, 0, 0, TimeSpan.Zero);

    /// <summary>
    /// Every 8 hours at 01, 09, 17 UTC: one tick inside every zone's 09:00–17:30 on each of its working days, whichever
    /// side of its DST change (Tokyo and Sydney at 01, Berlin at 09, New York at 17).
    /// </summary>
    private static readonly TimeSpan Step = TimeSpan.FromHours(8);

    private readonly TestStorage _storage = new();
    private readonly RecordingNotifier _notifier = new();

    public ValueTask DisposeAsync() => _storage.DisposeAsync();

    [Fact]
    public async Task Sweep_SixWeeksFiveHundredItemsFourZonesAndDst_SendsEveryExpectedReminderOnceAndNothingElse()
    {
        TenantKey tenant = TenantKey.ForTeams(Guid.NewGuid().ToString());
        _storage.Time.SetUtcNow(Start - TimeSpan.FromDays(1));
        var plans = new List<Plan>();
        for (int i = 0; i < ItemCount; i++)
        {
            string zone = Zones[i % Zones.Length];
            var owner = new PersonRef("owner-" + (i % 20).ToString(CultureInfo.InvariantCulture), "Owner " + (i % 20).ToString(CultureInfo.InvariantCulture));
            DateOnly dueDay = new DateOnly(2027, 3, 3).AddDays(i * 7 % 33);
            var draft = new ActionItem
            {
                Tenant = tenant,
                Title = "Item " + i.ToString(CultureInfo.InvariantCulture),
                Owner = owner,
                Creator = i % 3 == 0 ? new PersonRef("lead", "Team Lead") : owner,
                Due = DueDates.Create(new ResolvedDate(dueDay, null), zone, zone),
            };
            ActionItem item = (await _storage.Items.CreateAsync(draft, owner, CancellationToken.None)).Value!;

            // 40% done some days around the deadline, 20% snoozed by 1 to 5 days, the rest left open to the end.
            DateTimeOffset at = new DateTimeOffset(dueDay.ToDateTime(new TimeOnly(9, 0)), TimeSpan.Zero).AddDays((i % 9) - 3);
            Change change = (i % 10) switch
            {
                < 4 => Change.Done,
                < 6 => Change.Snooze,
                _ => Change.None,
            };
            plans.Add(new Plan(item, change, at < Start ? Start : at, 1 + (i % 5)));
        }

        var sweepers = new[] { NewSweep(), NewSweep() };
        var sent = new ConcurrentBag<ReminderMessage>();
        var ladders = plans.ToDictionary(p => p.Item.Number.Value, p => new List<Ladder> { new(p.Item.Due!, Start, End) });
        for (DateTimeOffset now = Start; now < End; now += Step)
        {
            foreach (Plan plan in plans.Where(p => p.At == now && p.Change != Change.None))
            {
                ActionItem current = (await _storage.Items.GetAsync(tenant, plan.Item.Number, CancellationToken.None))!;
                List<Ladder> itemLadders = ladders[plan.Item.Number.Value];
                itemLadders[0] = itemLadders[0] with { Until = now };
                if (plan.Change == Change.Done)
                {
                    await _storage.Items.UpdateAsync(current, current with { Status = ItemStatus.Done }, current.Owner!, CancellationToken.None);
                }
                else
                {
                    DueDate later = DueDates.Create(new ResolvedDate(DueDates.LocalDate(current.Due!).AddDays(plan.Days + 7), null), current.Due!.TimeZoneId, current.Due.TimeZoneId);
                    await _storage.Items.UpdateAsync(current, current with { Due = later }, current.Owner!, CancellationToken.None);
                    itemLadders.Add(new Ladder(later, now, End));
                }
            }

            _storage.Time.SetUtcNow(now);
            IReadOnlyList<ReminderMessage>[] results = await Task.WhenAll(sweepers.Select(s => s.RunOnceAsync(now, dryRun: false, CancellationToken.None)));
            foreach (ReminderMessage message in results.SelectMany(r => r))
            {
                sent.Add(message);
            }
        }

        var actual = sent.SelectMany(m => m.Items.Select((n, i) => (m.Kind, Number: n.Value, Rung: m.Rungs[i], m.At))).ToList();
        var expected = plans.SelectMany(p => ladders[p.Item.Number.Value].SelectMany(l => Expected(p.Item, l))).Distinct().ToList();
        Assert.True(expected.Count > 2_000, $"only {expected.Count} reminders expected: the simulation is too thin");
        Assert.Equal(actual.Count, actual.Select(a => (a.Kind, a.Number, a.Rung)).Distinct().Count());
        Assert.Equal(expected.Order(), actual.Select(a => (a.Kind, a.Number, a.Rung)).Order());
        foreach (var reminder in actual)
        {
            DateTimeOffset local = ZonedTime.ToLocal(reminder.At, plans[(int)reminder.Number - 1].Item.Due!.TimeZoneId);
            Assert.InRange(local.TimeOfDay, TimeSpan.FromHours(9), TimeSpan.FromHours(17.5));
            Assert.DoesNotContain(local.DayOfWeek, new[] { DayOfWeek.Saturday, DayOfWeek.Sunday });
        }

        Assert.Contains(actual, a => a.Kind == "escalation");
        Assert.True(sent.Count < actual.Count, "reminders for the same person and tick are batched into one DM");
    }

    private ReminderSweep NewSweep() =>
        new(_storage.DueIndex, _storage.People, _storage.Settings, _storage.Idempotency, _notifier, _storage.Get<ILeaseStore>(), _storage.Get<IDeliveryStatusStore>());

    /// <summary>
    /// The model: at every tick inside the owner's working day, the latest rung reached — 3 or 1 working days before,
    /// the due day, overdue day 1, 3, 5, … (up to 60 working days) — and, for items someone else created, one escalation
    /// once 3 working days overdue.
    /// </summary>
    private static IEnumerable<(string Kind, long Number, string Rung)> Expected(ActionItem item, Ladder ladder)
    {
        string zone = ladder.Due.TimeZoneId;
        DateOnly due = DueDates.LocalDate(ladder.Due);
        string stamp = ladder.Due.Utc.UtcDateTime.ToString("yyyyMMddHHmm", CultureInfo.InvariantCulture);
        for (DateTimeOffset tick = Start; tick < End; tick += Step)
        {
            if (tick < ladder.From || tick >= ladder.Until)
            {
                continue;
            }

            DateTimeOffset local = ZonedTime.ToLocal(tick, zone);
            var today = DateOnly.FromDateTime(local.DateTime);
            if (!IsWeekday(today) || local.TimeOfDay < TimeSpan.FromHours(9) || local.TimeOfDay >= TimeSpan.FromHours(17.5))
            {
                continue;
            }

            if (today < due)
            {
                // The rung days: the 1st and 3rd weekday before the due day.
                List<DateOnly> before = WeekdaysBefore(due).Take(3).ToList();
                string? rung = today >= before[0] ? "b1" : today >= before[2] ? "b3" : null;
                if (rung is not null)
                {
                    yield return ("reminder", item.Number.Value, stamp + ":" + rung);
                }
            }
            else if (today == due)
            {
                yield return ("reminder", item.Number.Value, stamp + ":d0");
            }
            else
            {
                int overdue = Weekdays(due, today);
                if (overdue <= 60)
                {
                    yield return ("reminder", item.Number.Value, stamp + ":o" + (1 + ((overdue - 1) / 2 * 2)).ToString(CultureInfo.InvariantCulture));
                }

                if (item.Creator.Id != item.Owner!.Id && overdue >= 3)
                {
                    yield return ("escalation", item.Number.Value, stamp + ":esc");
                }
            }
        }
    }

    /// <summary>Weekdays in (from, to].</summary>
    private static int Weekdays(DateOnly from, DateOnly to)
    {
        int count = 0;
        for (DateOnly day = from.AddDays(1); day <= to; day = day.AddDays(1))
        {
            count += IsWeekday(day) ? 1 : 0;
        }

        return count;
    }

    private static IEnumerable<DateOnly> WeekdaysBefore(DateOnly day)
    {
        for (DateOnly d = day.AddDays(-1); ; d = d.AddDays(-1))
        {
            if (IsWeekday(d))
            {
                yield return d;
            }
        }
    }

    private static bool IsWeekday(DateOnly day) => day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday);

    private enum Change
    {
        None,
        Done,
        Snooze,
    }

    private sealed record Plan(ActionItem Item, Change Change, DateTimeOffset At, int Days);

    private sealed record Ladder(DueDate Due, DateTimeOffset From, DateTimeOffset Until);
}
