namespace ActionTracker.Core.Dates;

/// <summary>
/// Reads the date expressions people type ("Friday 3pm", "Dec 5", "EOW", "due:sunday") and resolves them in the
/// writer's zone. The grammar is in <see cref="DateSyntax"/>, the weekday/week/month rules in <see cref="CalendarRules"/>.
/// Explicit dates in the past, impossible dates and unreadable text become a <see cref="DateError"/>; a numeric date
/// that reads two ways for an unknown locale becomes a <see cref="DateQuestion"/>.
/// </summary>
public static class DateResolver
{
    /// <summary>No expression is longer ("due by Fri 27 Nov 2026 at 3:30 pm" is 9 tokens).</summary>
    private const int MaxTokens = 12;

    private const int MaxYearsAhead = 10;

    private static readonly TimeOnly Tonight = new(21, 0);

    /// <summary>How many tokens from <paramref name="start"/> form a date expression (longest match; 0 when none). Never throws.</summary>
    public static int MatchLength(IReadOnlyList<string> tokens, int start)
    {
        if (tokens is null || start < 0 || start >= tokens.Count)
        {
            return 0;
        }

        List<string> units = DateWords.Split(tokens, start, Math.Min(MaxTokens, tokens.Count - start), out List<int> origins);
        DateExpression? expression = DateSyntax.Parse(units);
        if (expression is null || expression.Consumed == 0)
        {
            return 0;
        }

        // A match must end on a token boundary (it cannot take "due" from "due:xyz" alone).
        int last = origins[expression.Consumed - 1];
        if (expression.Consumed < units.Count && origins[expression.Consumed] == last)
        {
            return 0;
        }

        return last - start + 1;
    }

    /// <summary>Resolves <paramref name="text"/> against the context's now and zone (an unknown zone means UTC). Never throws.</summary>
    public static DateResolution Resolve(string text, DateContext context)
    {
        string trimmed = text?.Trim() ?? string.Empty;
        if (trimmed.Length == 0 || context is null)
        {
            return DateMessages.Missing;
        }

        string[] tokens = trimmed.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        if (tokens.Length > MaxTokens)
        {
            return DateMessages.Unrecognised(trimmed);
        }

        List<string> units = DateWords.Split(tokens, 0, tokens.Length, out _);
        DateExpression? expression = DateSyntax.Parse(units);
        if (expression is null || expression.Consumed != units.Count)
        {
            return DateMessages.Unrecognised(trimmed);
        }

        string zone = ZonedTime.Normalize(context.TimeZoneId);
        DateTime local = ZonedTime.ToLocal(context.Now, zone).DateTime;
        DateOnly today = DateOnly.FromDateTime(local);
        TimeOnly now = TimeOnly.FromDateTime(local);

        TimeOnly? time = null;
        if (expression.Time is { } written)
        {
            if (ToTimeOfDay(written) is not { } parsed)
            {
                return DateMessages.BadTime(written.Text);
            }

            time = parsed;
        }

        DateResolution dated = expression.Date is null ? new ResolvedDate(today, null) : ResolveDate(expression.Date, today, context.Order);
        if (dated is not ResolvedDate resolved)
        {
            return dated;
        }

        TimeOnly? final = time ?? resolved.Time;
        if (resolved.Date > today.AddYears(MaxYearsAhead))
        {
            return DateMessages.TooFar;
        }

        if (resolved.Date == today && final is { } due && due <= now)
        {
            return DateMessages.TimePassed(due, now, zone);
        }

        return new ResolvedDate(resolved.Date, final);
    }

    private static DateResolution ResolveDate(DatePart part, DateOnly today, DayMonthOrder order)
    {
        return part.Kind switch
        {
            DatePartKind.Today => new ResolvedDate(today, null),
            DatePartKind.Tonight => new ResolvedDate(today, Tonight),
            DatePartKind.Tomorrow => new ResolvedDate(today.AddDays(1), null),
            DatePartKind.EndOfDay => new ResolvedDate(today, DueDates.EndOfWorkingDay),
            DatePartKind.EndOfWeek => new ResolvedDate(CalendarRules.EndOfWeek(today), null),
            DatePartKind.EndOfNextWeek => new ResolvedDate(CalendarRules.WeekdayOfNextWeek(today, DayOfWeek.Friday), null),
            DatePartKind.EndOfMonth => new ResolvedDate(CalendarRules.EndOfMonth(today), null),
            DatePartKind.EndOfNextMonth => new ResolvedDate(CalendarRules.EndOfNextMonth(today), null),
            DatePartKind.EndOfQuarter => new ResolvedDate(CalendarRules.EndOfQuarter(today), null),
            DatePartKind.EndOfNextQuarter => new ResolvedDate(CalendarRules.EndOfNextQuarter(today), null),
            DatePartKind.NextWeek => new ResolvedDate(CalendarRules.NextMonday(today), null),
            DatePartKind.Weekday => new ResolvedDate(CalendarRules.WeekdayAfter(today, part.Weekday), null),
            DatePartKind.ThisWeekday => new ResolvedDate(CalendarRules.WeekdayOnOrAfter(today, part.Weekday), null),
            DatePartKind.NextWeekday => new ResolvedDate(CalendarRules.WeekdayOfNextWeek(today, part.Weekday), null),
            DatePartKind.Quarter => ResolveQuarter(part, today),
            DatePartKind.InDays => part.Value > MaxYearsAhead * 366 ? DateMessages.TooFar : new ResolvedDate(today.AddDays(part.Value), null),
            DatePartKind.InMonths => part.Value > MaxYearsAhead * 12 ? DateMessages.TooFar : new ResolvedDate(today.AddMonths(part.Value), null),
            DatePartKind.Calendar => CheckWeekday(ResolveCalendar(part.Month, part.Day, part.Year, part.Text, today), part.StatedWeekday),
            DatePartKind.Numeric => CheckWeekday(ResolveNumeric(part, today, order), part.StatedWeekday),
            _ => DateMessages.Unrecognised(part.Text),
        };
    }

    /// <summary>"Q3": the last working day of Q3 this year, or next year once it has passed; "Q3 2025" must not be past.</summary>
    private static DateResolution ResolveQuarter(DatePart part, DateOnly today)
    {
        if (part.Year is { } year)
        {
            if (year > today.Year + MaxYearsAhead)
            {
                return DateMessages.TooFar;
            }

            DateOnly end = CalendarRules.QuarterEnd(Math.Max(year, 1), part.Value);
            return end < today ? DateMessages.PastQuarter(part.Value, year, end) : new ResolvedDate(end, null);
        }

        DateOnly thisYear = CalendarRules.QuarterEnd(today.Year, part.Value);
        return new ResolvedDate(thisYear >= today ? thisYear : CalendarRules.QuarterEnd(today.Year + 1, part.Value), null);
    }

    /// <summary>
    /// Numeric dates follow the writer's order. With an unknown order, 5/5 and 13/5 read only one way; 5/12 reads two
    /// ways and is asked about (day-first reading listed first) unless only one reading is a usable date.
    /// </summary>
    private static DateResolution ResolveNumeric(DatePart part, DateOnly today, DayMonthOrder order)
    {
        int first = part.First;
        int second = part.Second;
        switch (order)
        {
            case DayMonthOrder.DayFirst:
                return ResolveCalendar(second, first, part.Year, part.Text, today);
            case DayMonthOrder.MonthFirst:
                return ResolveCalendar(first, second, part.Year, part.Text, today);
        }

        if (first > 12 && second > 12 && first != second)
        {
            return DateMessages.NeitherIsMonth(part.Text, first, second);
        }

        if (first == second || first > 12)
        {
            return ResolveCalendar(second, first, part.Year, part.Text, today);
        }

        if (second > 12)
        {
            return ResolveCalendar(first, second, part.Year, part.Text, today);
        }

        DateResolution dayFirst = ResolveCalendar(second, first, part.Year, part.Text, today);
        DateResolution monthFirst = ResolveCalendar(first, second, part.Year, part.Text, today);
        return (dayFirst, monthFirst) switch
        {
            (ResolvedDate a, ResolvedDate b) => DateMessages.Which(a.Date, b.Date),
            (ResolvedDate a, _) => a,
            (_, ResolvedDate b) => b,
            _ => dayFirst,
        };
    }

    /// <summary>Without a year: this year, or next year once the day has passed. With a year: must not be in the past.</summary>
    private static DateResolution ResolveCalendar(int month, int day, int? year, string text, DateOnly today)
    {
        if (month is < 1 or > 12)
        {
            return DateMessages.NoMonth(text, month);
        }

        if (day < 1 || day > DateTime.DaysInMonth(2024, month))
        {
            // "31 Apr" is impossible in every year, so the message names the month alone unless a year was written.
            return day < 1 ? DateMessages.NoDayZero(text) : DateMessages.NoDay(month, year, day);
        }

        int chosen;
        if (year is { } explicitYear)
        {
            if (explicitYear > today.Year + MaxYearsAhead)
            {
                return DateMessages.TooFar;
            }

            chosen = Math.Max(explicitYear, 1);
        }
        else
        {
            chosen = (month, day).CompareTo((today.Month, today.Day)) >= 0 ? today.Year : today.Year + 1;
        }

        if (day > DateTime.DaysInMonth(chosen, month))
        {
            return DateMessages.NoDay(month, chosen, day);
        }

        DateOnly date = new(chosen, month, day);
        return date < today ? DateMessages.Past(date) : new ResolvedDate(date, null);
    }

    private static DateResolution CheckWeekday(DateResolution resolution, DayOfWeek? stated)
    {
        return resolution is ResolvedDate resolved && stated is { } day && resolved.Date.DayOfWeek != day
            ? DateMessages.WrongWeekday(resolved.Date, day)
            : resolution;
    }

    private static TimeOnly? ToTimeOfDay(TimePart time)
    {
        if (time.Minute > 59)
        {
            return null;
        }

        if (time.Pm is { } pm)
        {
            return time.Hour is < 1 or > 12 ? null : new TimeOnly((time.Hour % 12) + (pm ? 12 : 0), time.Minute);
        }

        return time.Hour > 23 ? null : new TimeOnly(time.Hour, time.Minute);
    }
}
