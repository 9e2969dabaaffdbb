namespace ActionTracker.Core.Dates;

/// <summary>
/// Calendar arithmetic behind relative phrases. Weeks run Monday to Sunday; working days are Monday to Friday.
/// <list type="bullet">
/// <item>"friday": the next Friday strictly after today (on a Friday, a week later).</item>
/// <item>"this friday": the coming Friday on or after today (on a Friday, today).</item>
/// <item>"next friday": the Friday of next week (on Wednesday 25 Nov: Friday 4 Dec, not 27 Nov).</item>
/// <item>"next week": Monday of next week. EOW: Friday of this week, today on a Friday; on Saturday/Sunday the coming Friday.</item>
/// <item>EOM / EOQ: the last working day of this month / quarter; once that day has passed, of the next one.</item>
/// </list>
/// </summary>
internal static class CalendarRules
{
    public static DateOnly WeekdayAfter(DateOnly today, DayOfWeek target)
    {
        int ahead = DaysUntil(today, target);
        return today.AddDays(ahead == 0 ? 7 : ahead);
    }

    public static DateOnly WeekdayOnOrAfter(DateOnly today, DayOfWeek target)
    {
        return today.AddDays(DaysUntil(today, target));
    }

    public static DateOnly WeekdayOfNextWeek(DateOnly today, DayOfWeek target)
    {
        return NextMonday(today).AddDays(MondayIndex(target));
    }

    public static DateOnly NextMonday(DateOnly today)
    {
        return today.AddDays(7 - MondayIndex(today.DayOfWeek));
    }

    public static DateOnly EndOfWeek(DateOnly today)
    {
        return WeekdayOnOrAfter(today, DayOfWeek.Friday);
    }

    public static DateOnly EndOfMonth(DateOnly today)
    {
        DateOnly end = LastWorkingDay(today.Year, today.Month);
        if (end >= today)
        {
            return end;
        }

        DateOnly next = today.AddMonths(1);
        return LastWorkingDay(next.Year, next.Month);
    }

    public static DateOnly EndOfNextMonth(DateOnly today)
    {
        DateOnly next = new DateOnly(today.Year, today.Month, 1).AddMonths(1);
        return LastWorkingDay(next.Year, next.Month);
    }

    public static DateOnly EndOfQuarter(DateOnly today)
    {
        DateOnly end = QuarterEnd(today.Year, Quarter(today));
        return end >= today ? end : EndOfNextQuarter(today);
    }

    public static DateOnly EndOfNextQuarter(DateOnly today)
    {
        int quarter = Quarter(today);
        return quarter == 4 ? QuarterEnd(today.Year + 1, 1) : QuarterEnd(today.Year, quarter + 1);
    }

    /// <summary>The last working day of quarter 1..4 of the year.</summary>
    public static DateOnly QuarterEnd(int year, int quarter)
    {
        return LastWorkingDay(year, quarter * 3);
    }

    public static DateOnly LastWorkingDay(int year, int month)
    {
        DateOnly day = new(year, month, DateTime.DaysInMonth(year, month));
        while (day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
        {
            day = day.AddDays(-1);
        }

        return day;
    }

    private static int Quarter(DateOnly date)
    {
        return ((date.Month - 1) / 3) + 1;
    }

    private static int DaysUntil(DateOnly today, DayOfWeek target)
    {
        return ((int)target - (int)today.DayOfWeek + 7) % 7;
    }

    /// <summary>Monday = 0 … Sunday = 6.</summary>
    private static int MondayIndex(DayOfWeek day)
    {
        return ((int)day + 6) % 7;
    }
}
