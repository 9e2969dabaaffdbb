using System.Globalization;

namespace ActionTracker.Core.Dates;

/// <summary>
/// Reads the start of a look-back ("done since monday", "decisions since Nov 1"): the most recent such day on or
/// before today. The forward resolver answers the question from a moved-back "now" so both share one grammar.
/// </summary>
public static class SinceDates
{
    public static DateResolution Resolve(string text, DateContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        string trimmed = (text ?? string.Empty).Trim();
        string lower = trimmed.ToLowerInvariant();
        DateOnly today = ZonedTime.Today(context.Now, context.TimeZoneId);
        DateOnly monday = today.AddDays(-(((int)today.DayOfWeek + 6) % 7));
        DateOnly? known = lower switch
        {
            "today" => today,
            "yesterday" => today.AddDays(-1),
            "this week" => monday,
            "last week" => monday.AddDays(-7),
            "this month" => new DateOnly(today.Year, today.Month, 1),
            "last month" => new DateOnly(today.Year, today.Month, 1).AddMonths(-1),
            _ => null,
        };
        if (known is { } day)
        {
            return new ResolvedDate(day, null);
        }

        // A weekday means the last one within the past week, today included: "this X" seen from six days ago; other dates from 364 days ago.
        bool isWeekday = Enum.GetNames<DayOfWeek>().Any(d => lower.StartsWith(d[..3].ToLowerInvariant(), StringComparison.Ordinal)) && !lower.Any(char.IsDigit);
        DateTimeOffset lookFrom = isWeekday ? context.Now.AddDays(-6) : context.Now.AddDays(-364);
        string expression = isWeekday ? "this " + trimmed : trimmed;
        DateResolution resolution = DateResolver.Resolve(expression, context with { Now = lookFrom });
        if (resolution is ResolvedDate resolved && resolved.Date > today)
        {
            return new DateError($"{resolved.Date.ToString("ddd d MMM yyyy", CultureInfo.InvariantCulture)} is in the future; 'since' needs a past date such as monday, last week or Nov 1.");
        }

        return resolution;
    }
}
