namespace ActionTracker.Core.Reminders;

/// <summary>Working-day arithmetic (Monday to Friday unless a person's working days say otherwise).</summary>
public static class WorkingCalendar
{
    public static bool IsWorkingDay(DateOnly day, IReadOnlyCollection<DayOfWeek> workingDays) => workingDays.Contains(day.DayOfWeek);

    /// <summary>Moves <paramref name="days"/> working days (negative: backwards); 0 returns the day itself.</summary>
    public static DateOnly AddWorkingDays(DateOnly day, int days, IReadOnlyCollection<DayOfWeek> workingDays)
    {
        ArgumentNullException.ThrowIfNull(workingDays);
        if (workingDays.Count == 0)
        {
            return day.AddDays(days);
        }

        int step = Math.Sign(days);
        int left = Math.Abs(days);
        DateOnly current = day;
        while (left > 0)
        {
            current = current.AddDays(step);
            if (IsWorkingDay(current, workingDays))
            {
                left--;
            }
        }

        return current;
    }

    /// <summary>Working days from <paramref name="from"/> (exclusive) to <paramref name="to"/> (inclusive); negative when <paramref name="to"/> is earlier.</summary>
    public static int WorkingDaysBetween(DateOnly from, DateOnly to, IReadOnlyCollection<DayOfWeek> workingDays)
    {
        ArgumentNullException.ThrowIfNull(workingDays);
        int sign = to >= from ? 1 : -1;
        int count = 0;
        for (DateOnly d = from; d != to;)
        {
            d = d.AddDays(sign);
            if (IsWorkingDay(d, workingDays))
            {
                count += sign;
            }
        }

        return count;
    }
}
