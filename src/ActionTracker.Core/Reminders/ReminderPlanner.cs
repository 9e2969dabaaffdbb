using System.Globalization;
using ActionTracker.Core.Dates;
using ActionTracker.Core.Items;
using ActionTracker.Core.People;
using ActionTracker.Core.Settings;

namespace ActionTracker.Core.Reminders;

/// <summary>
/// Decides, for one open item at one instant, which reminder is due now: only the latest rung that has been reached
/// (an older, missed rung is superseded, so downtime yields one catch-up message rather than a burst), and only inside
/// the owner's working hours on a working day outside quiet hours. Pure: the sweep supplies time, item and settings.
/// </summary>
public static class ReminderPlanner
{
    /// <summary>Overdue reminders stop after this many working days; the digest keeps showing the item.</summary>
    public const int MaxOverdueWorkingDays = 60;

    public static ReminderSlot? CurrentSlot(ActionItem item, ReminderLadder ladder, WorkingHours hours, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(ladder);
        ArgumentNullException.ThrowIfNull(hours);
        if (item.Due is null || item.Owner is null || item.Status.IsClosed() || item.Status == ItemStatus.Proposed)
        {
            return null;
        }

        string zone = item.Due.TimeZoneId;
        DateOnly today = ZonedTime.Today(now, zone);
        DateOnly dueDay = DueDates.LocalDate(item.Due);
        int fromDue = WorkingCalendar.WorkingDaysBetween(dueDay, today, hours.Days);
        string stamp = item.Due.Utc.UtcDateTime.ToString("yyyyMMddHHmm", CultureInfo.InvariantCulture);

        if (today < dueDay)
        {
            // The nearest "N working days before" rung already reached.
            int before = -fromDue;
            int? rung = ladder.DaysBefore.Where(d => d > 0 && d >= before).Order().Cast<int?>().FirstOrDefault();
            return rung is { } n
                ? new ReminderSlot(item.Number, ReminderKind.Upcoming, -n, WorkingCalendar.AddWorkingDays(dueDay, -n, hours.Days), $"{stamp}:b{n}")
                : null;
        }

        if (today == dueDay)
        {
            return ladder.DaysBefore.Contains(0) ? new ReminderSlot(item.Number, ReminderKind.DueToday, 0, dueDay, $"{stamp}:d0") : null;
        }

        if (fromDue <= 0 || fromDue > MaxOverdueWorkingDays)
        {
            return null;
        }

        // Overdue on day 1, then every N working days: rungs 1, 1+N, 1+2N, ...
        int repeat = Math.Max(1, ladder.OverdueRepeatDays);
        int rungDays = 1 + ((fromDue - 1) / repeat * repeat);
        return new ReminderSlot(item.Number, ReminderKind.Overdue, rungDays, WorkingCalendar.AddWorkingDays(dueDay, rungDays, hours.Days), $"{stamp}:o{rungDays}");
    }

    /// <summary>The escalation rung, once the item is overdue for the team's escalation time (or blocked).</summary>
    public static ReminderSlot? EscalationSlot(ActionItem item, ReminderLadder ladder, WorkingHours hours, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(ladder);
        ArgumentNullException.ThrowIfNull(hours);
        if (item.Status.IsClosed())
        {
            return null;
        }

        if (item.Status == ItemStatus.Blocked)
        {
            // Raised at once, once per blocking reason.
            return new ReminderSlot(item.Number, ReminderKind.Escalation, 0, ZonedTime.Today(now, item.Due?.TimeZoneId ?? "UTC"), BlockedKey(item.StatusReason));
        }

        if (item.Due is null)
        {
            return null;
        }

        DateOnly dueDay = DueDates.LocalDate(item.Due);
        DateOnly today = ZonedTime.Today(now, item.Due.TimeZoneId);
        int overdue = WorkingCalendar.WorkingDaysBetween(dueDay, today, hours.Days);
        string stamp = item.Due.Utc.UtcDateTime.ToString("yyyyMMddHHmm", CultureInfo.InvariantCulture);
        return overdue >= ladder.EscalateAfterDays && ladder.EscalateAfterDays > 0
            ? new ReminderSlot(item.Number, ReminderKind.Escalation, ladder.EscalateAfterDays, WorkingCalendar.AddWorkingDays(dueDay, ladder.EscalateAfterDays, hours.Days), $"{stamp}:esc")
            : null;
    }

    /// <summary>The escalation rung's key of a block: one per blocking reason.</summary>
    public static string BlockedKey(string? reason) => "blocked:" + StableHash(reason ?? string.Empty);

    /// <summary>FNV-1a: stable across processes, unlike string.GetHashCode.</summary>
    private static string StableHash(string text)
    {
        uint hash = 2166136261;
        foreach (char c in text)
        {
            hash = (hash ^ c) * 16777619;
        }

        return hash.ToString("x8", CultureInfo.InvariantCulture);
    }

    /// <summary>True when a DM may reach the person now: a working day, inside working hours, outside quiet hours.</summary>
    public static bool MaySend(WorkingHours hours, QuietHours? quiet, string timeZoneId, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(hours);
        DateTimeOffset local = ZonedTime.ToLocal(now, timeZoneId);
        var time = TimeOnly.FromDateTime(local.DateTime);
        if (!hours.Days.Contains(local.DayOfWeek) || time < hours.Start || time >= hours.End)
        {
            return false;
        }

        if (quiet is null)
        {
            return true;
        }

        bool inQuiet = quiet.Start <= quiet.End
            ? time >= quiet.Start && time < quiet.End
            : time >= quiet.Start || time < quiet.End;
        return !inQuiet;
    }
}
