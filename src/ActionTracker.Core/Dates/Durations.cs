using System.Globalization;

namespace ActionTracker.Core.Dates;

/// <summary>Snooze amounts in days or weeks ("2d", "3 days", "a week", "2w"). Months are dates, not durations.</summary>
public static class Durations
{
    /// <summary>The longest snooze: a year.</summary>
    public const int MaxDays = 365;

    /// <summary>True for 1..365 days written as N d/day/days/w/wk/week/weeks (N may be "a", "an" or "one"); never throws.</summary>
    public static bool TryParse(string? text, out int days)
    {
        days = 0;
        if (string.IsNullOrWhiteSpace(text) || text.Length > 40)
        {
            return false;
        }

        string s = text.Trim().ToLowerInvariant();
        if (s.StartsWith("for ", StringComparison.Ordinal))
        {
            s = s[4..].TrimStart();
        }

        int digits = 0;
        while (digits < s.Length && char.IsAsciiDigit(s[digits]))
        {
            digits++;
        }

        int count;
        string unit;
        if (digits > 0)
        {
            if (digits > 4 || !int.TryParse(s.AsSpan(0, digits), NumberStyles.None, CultureInfo.InvariantCulture, out count))
            {
                return false;
            }

            unit = s[digits..].Trim();
        }
        else
        {
            int space = s.IndexOf(' ', StringComparison.Ordinal);
            if (space < 0 || s[..space] is not ("a" or "an" or "one"))
            {
                return false;
            }

            count = 1;
            unit = s[(space + 1)..].Trim();
        }

        int perUnit = unit switch
        {
            "d" or "day" or "days" => 1,
            "w" or "wk" or "wks" or "week" or "weeks" => 7,
            _ => 0,
        };
        int total = count * perUnit;
        if (total < 1 || total > MaxDays)
        {
            return false;
        }

        days = total;
        return true;
    }
}
