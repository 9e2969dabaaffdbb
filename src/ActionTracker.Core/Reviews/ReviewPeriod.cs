using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace ActionTracker.Core.Reviews;

/// <summary>The calendar days a review covers; a development item created from a review keeps it, so the next review finds it.</summary>
public sealed record ReviewPeriod(DateOnly From, DateOnly To)
{
    private const string DayFormat = "yyyy-MM-dd";

    /// <summary>ISO 8601 interval, e.g. <c>2026-09-01/2026-11-30</c> (the stored form).</summary>
    public override string ToString() =>
        From.ToString(DayFormat, CultureInfo.InvariantCulture) + "/" + To.ToString(DayFormat, CultureInfo.InvariantCulture);

    public static bool TryParse(string? text, [NotNullWhen(true)] out ReviewPeriod? period)
    {
        period = null;
        int slash = text?.IndexOf('/', StringComparison.Ordinal) ?? -1;
        if (slash < 0
            || !DateOnly.TryParseExact(text.AsSpan(0, slash), DayFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly from)
            || !DateOnly.TryParseExact(text.AsSpan(slash + 1), DayFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly to)
            || from > to)
        {
            return false;
        }

        period = new ReviewPeriod(from, to);
        return true;
    }
}
