using ActionTracker.Core.Dates;
using ActionTracker.Core.Items;
using ActionTracker.Core.People;
using ActionTracker.Core.Reminders;
using ActionTracker.Core.Settings;
using ActionTracker.Core.Tenancy;

namespace ActionTracker.Core.Tests.Reminders;

public sealed class ReminderPlannerTests
{
    private static readonly PersonRef Owner = new("u1", "Una");

    // Due Wednesday 9 Dec 2026 (end of working day, Berlin).
    private static readonly ActionItem Item = new()
    {
        Tenant = TenantKey.ForTeams("t1"),
        Number = new ItemNumber(42),
        Title = "Send the deck",
        Owner = Owner,
        Creator = new PersonRef("u2", "Bo"),
        Due = DueDates.Create(new ResolvedDate(new DateOnly(2026, 12, 9), null), "Europe/Berlin", "Europe/Berlin"),
    };

    [Theory]
    [InlineData("2026-12-02T10:00:00+01:00", null)]
    [InlineData("2026-12-04T10:00:00+01:00", "b3")]
    [InlineData("2026-12-05T10:00:00+01:00", "b3")]
    [InlineData("2026-12-07T10:00:00+01:00", "b3")]
    [InlineData("2026-12-08T10:00:00+01:00", "b1")]
    [InlineData("2026-12-09T10:00:00+01:00", "d0")]
    [InlineData("2026-12-10T10:00:00+01:00", "o1")]
    [InlineData("2026-12-11T10:00:00+01:00", "o1")]
    [InlineData("2026-12-14T10:00:00+01:00", "o3")]
    [InlineData("2026-12-15T10:00:00+01:00", "o3")]
    [InlineData("2026-12-16T10:00:00+01:00", "o5")]
    public void CurrentSlot_FollowsTheLadderInWorkingDays(string now, string? expectedRung)
    {
        ReminderSlot? slot = ReminderPlanner.CurrentSlot(Item, ReminderLadder.Default, WorkingHours.Default, DateTimeOffset.Parse(now, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(expectedRung, slot?.Key.Split(':')[1]);
    }

    [Fact]
    public void CurrentSlot_MovedDeadline_StartsAFreshLadder()
    {
        ActionItem moved = Item with { Due = DueDates.Create(new ResolvedDate(new DateOnly(2026, 12, 10), null), "Europe/Berlin", "Europe/Berlin") };
        var now = new DateTimeOffset(2026, 12, 9, 10, 0, 0, TimeSpan.FromHours(1));

        ReminderSlot before = ReminderPlanner.CurrentSlot(Item, ReminderLadder.Default, WorkingHours.Default, now)!;
        ReminderSlot after = ReminderPlanner.CurrentSlot(moved, ReminderLadder.Default, WorkingHours.Default, now)!;

        Assert.NotEqual(before.Key, after.Key);
        Assert.Equal(ReminderKind.Upcoming, after.Kind);
    }

    [Theory]
    [InlineData(ItemStatus.Done)]
    [InlineData(ItemStatus.Cancelled)]
    [InlineData(ItemStatus.Proposed)]
    public void CurrentSlot_ClosedOrUnacceptedItems_GetNoReminder(ItemStatus status)
    {
        Assert.Null(ReminderPlanner.CurrentSlot(Item with { Status = status }, ReminderLadder.Default, WorkingHours.Default, new DateTimeOffset(2026, 12, 9, 10, 0, 0, TimeSpan.FromHours(1))));
    }

    [Fact]
    public void EscalationSlot_AfterThreeWorkingDaysOverdue_AndAtOnceWhenBlocked()
    {
        var friday = new DateTimeOffset(2026, 12, 11, 10, 0, 0, TimeSpan.FromHours(1));
        var monday = new DateTimeOffset(2026, 12, 14, 10, 0, 0, TimeSpan.FromHours(1));

        Assert.Null(ReminderPlanner.EscalationSlot(Item, ReminderLadder.Default, WorkingHours.Default, friday));
        Assert.EndsWith(":esc", ReminderPlanner.EscalationSlot(Item, ReminderLadder.Default, WorkingHours.Default, monday)!.Key, StringComparison.Ordinal);
        Assert.StartsWith("blocked:", ReminderPlanner.EscalationSlot(Item with { Status = ItemStatus.Blocked, StatusReason = "legal" }, ReminderLadder.Default, WorkingHours.Default, friday)!.Key, StringComparison.Ordinal);
    }

    [Fact]
    public void BlockedEscalationKey_IsTheSweepsClaimOfTheBlockedRung_OnePerReason()
    {
        var friday = new DateTimeOffset(2026, 12, 11, 10, 0, 0, TimeSpan.FromHours(1));
        ActionItem legal = Item with { Status = ItemStatus.Blocked, StatusReason = "legal" };
        ActionItem landlord = Item with { Status = ItemStatus.Blocked, StatusReason = "landlord" };

        string slotKey = ReminderPlanner.EscalationSlot(legal, ReminderLadder.Default, WorkingHours.Default, friday)!.Key;

        Assert.Equal($"escalation:{Item.Number.Value}:{slotKey}", ReminderSweep.BlockedEscalationKey(legal));
        Assert.Equal(ReminderSweep.BlockedEscalationKey(legal), ReminderSweep.BlockedEscalationKey(legal with { Title = "Renamed" }));
        Assert.NotEqual(ReminderSweep.BlockedEscalationKey(legal), ReminderSweep.BlockedEscalationKey(landlord));
    }

    [Theory]
    [InlineData("2026-12-07T08:59:00+01:00", false)]
    [InlineData("2026-12-07T09:00:00+01:00", true)]
    [InlineData("2026-12-07T17:29:00+01:00", true)]
    [InlineData("2026-12-07T17:30:00+01:00", false)]
    [InlineData("2026-12-05T10:00:00+01:00", false)]
    [InlineData("2026-12-06T10:00:00+01:00", false)]
    [InlineData("2026-12-07T12:30:00+01:00", false)]
    [InlineData("2027-03-29T09:30:00+02:00", true)]
    [InlineData("2027-03-29T08:30:00+02:00", false)]
    public void MaySend_WorkingHoursWeekdaysAndQuietHours_InTheOwnersZone(string now, bool expected)
    {
        var quiet = new QuietHours(new TimeOnly(12, 0), new TimeOnly(13, 0));

        bool may = ReminderPlanner.MaySend(WorkingHours.Default, quiet, "Europe/Berlin", DateTimeOffset.Parse(now, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(expected, may);
    }

    [Theory]
    [InlineData("2026-12-04", -3, "2026-12-01")]
    [InlineData("2026-12-07", -1, "2026-12-04")]
    [InlineData("2026-12-04", 1, "2026-12-07")]
    [InlineData("2026-12-05", 0, "2026-12-05")]
    public void AddWorkingDays_SkipsWeekends(string from, int days, string expected)
    {
        DateOnly result = WorkingCalendar.AddWorkingDays(DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture), days, WorkingHours.Default.Days);

        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), result);
    }
}
