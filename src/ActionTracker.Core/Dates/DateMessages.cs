using System.Globalization;

namespace ActionTracker.Core.Dates;

/// <summary>The texts people see when a date cannot be used as written; each says what is wrong and what works.</summary>
internal static class DateMessages
{
    public const string Examples = "Try: Friday, tomorrow 3pm, next week, Dec 5, 2026-12-05, in 3 days, EOW, Q3.";

    /// <summary>Echoes of what was typed are cut here so a pasted paragraph does not come back whole.</summary>
    private const int MaxEcho = 40;

    public static DateError Missing { get; } = new("No date given. " + Examples);

    public static DateError TooFar { get; } = new("That is more than 10 years away. Pick a nearer date.");

    public static DateError Unrecognised(string text)
    {
        return new DateError($"I couldn't read '{Echo(text)}' as a date. {Examples}");
    }

    public static DateError Past(DateOnly date)
    {
        return new DateError($"{Format(date)} is in the past. Write {Short(date)} without a year for the next one, or try tomorrow or Friday.");
    }

    public static DateError PastQuarter(int quarter, int year, DateOnly end)
    {
        return new DateError($"Q{quarter} {year} ended on {Format(end)}, which is in the past. Write Q{quarter} without a year for the next one.");
    }

    public static DateError TimePassed(TimeOnly time, TimeOnly now, string zone)
    {
        string at = Clock(time);
        return new DateError($"{at} today is already in the past (it is {Clock(now)} in {zone}). Try tomorrow {at} or a later time today.");
    }

    public static DateError NoMonth(string text, int month)
    {
        return new DateError($"'{Echo(text)}' isn't a date: there is no month {month.ToString(CultureInfo.InvariantCulture)}.");
    }

    public static DateError NoDayZero(string text)
    {
        return new DateError($"'{Echo(text)}' isn't a date: there is no day 0.");
    }

    public static DateError NeitherIsMonth(string text, int first, int second)
    {
        return new DateError(string.Create(
            CultureInfo.InvariantCulture,
            $"'{Echo(text)}' isn't a date: neither {first} nor {second} is a month."));
    }

    public static DateError NoDay(int month, int? year, int day)
    {
        string name = CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(month);
        string when = year is { } y ? name + " " + y.ToString(CultureInfo.InvariantCulture) : name;
        return new DateError($"{when} has no day {day.ToString(CultureInfo.InvariantCulture)}.");
    }

    public static DateError BadTime(string text)
    {
        return new DateError($"'{Echo(text)}' isn't a time of day. Try 3pm, 15:00 or noon.");
    }

    public static DateError WrongWeekday(DateOnly date, DayOfWeek stated)
    {
        string written = date.ToString("d MMM yyyy", CultureInfo.InvariantCulture);
        return new DateError($"{written} is a {date.DayOfWeek}, not a {stated}.");
    }

    public static DateQuestion Which(DateOnly dayFirst, DateOnly monthFirst)
    {
        return new DateQuestion(
            $"Did you mean {Format(dayFirst)} or {Format(monthFirst)}? Write it as {Short(dayFirst)} or {Short(monthFirst)}.",
            [dayFirst, monthFirst]);
    }

    /// <summary>"Fri 27 Nov 2026".</summary>
    public static string Format(DateOnly date)
    {
        return date.ToString("ddd d MMM yyyy", CultureInfo.InvariantCulture);
    }

    private static string Short(DateOnly date)
    {
        return date.ToString("d MMM", CultureInfo.InvariantCulture);
    }

    private static string Clock(TimeOnly time)
    {
        return time.ToString("HH:mm", CultureInfo.InvariantCulture);
    }

    private static string Echo(string text)
    {
        if (text.Length <= MaxEcho)
        {
            return text;
        }

        // Never cut an emoji (a surrogate pair) in half.
        int cut = char.IsHighSurrogate(text[MaxEcho - 1]) ? MaxEcho - 1 : MaxEcho;
        return text[..cut] + "…";
    }
}
