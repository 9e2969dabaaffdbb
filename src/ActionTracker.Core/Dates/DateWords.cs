using System.Globalization;

namespace ActionTracker.Core.Dates;

/// <summary>The vocabulary of date expressions: token clean-up, weekday and month names, counts, day numbers, years.</summary>
internal static class DateWords
{
    /// <summary>Longer tokens cannot be date words; skipping them keeps 10 KB tokens cheap.</summary>
    private const int MaxWordLength = 24;

    /// <summary>
    /// Splits raw tokens into lower-case units with trailing punctuation removed ("5th," → "5th") and the glued
    /// "due:sunday" split into "due" + "sunday". <paramref name="origins"/> maps each unit to its token index.
    /// </summary>
    public static List<string> Split(IReadOnlyList<string?> tokens, int start, int count, out List<int> origins)
    {
        List<string> units = [];
        origins = [];
        for (int t = start; t < start + count; t++)
        {
            string raw = tokens[t] ?? string.Empty;
            string token = raw.Length > MaxWordLength ? "\u0000" : raw.ToLowerInvariant();
            if (token.Length > 4 && token.StartsWith("due:", StringComparison.Ordinal))
            {
                units.Add("due");
                origins.Add(t);
                token = token[4..];
            }

            units.Add(Clean(token));
            origins.Add(t);
        }

        return units;
    }

    public static bool IsPrefix(string unit)
    {
        return unit is "by" or "due" or "on" or "before" or "until" or "till";
    }

    public static bool TryWeekday(string unit, out DayOfWeek day)
    {
        DayOfWeek? found = unit switch
        {
            "monday" or "mon" => DayOfWeek.Monday,
            "tuesday" or "tue" or "tues" => DayOfWeek.Tuesday,
            "wednesday" or "wed" or "weds" => DayOfWeek.Wednesday,
            "thursday" or "thu" or "thur" or "thurs" => DayOfWeek.Thursday,
            "friday" or "fri" => DayOfWeek.Friday,
            "saturday" or "sat" => DayOfWeek.Saturday,
            "sunday" or "sun" => DayOfWeek.Sunday,
            _ => null,
        };
        day = found ?? DayOfWeek.Sunday;
        return found is not null;
    }

    public static bool TryMonth(string unit, out int month)
    {
        month = unit switch
        {
            "jan" or "january" => 1,
            "feb" or "february" => 2,
            "mar" or "march" => 3,
            "apr" or "april" => 4,
            "may" => 5,
            "jun" or "june" => 6,
            "jul" or "july" => 7,
            "aug" or "august" => 8,
            "sep" or "sept" or "september" => 9,
            "oct" or "october" => 10,
            "nov" or "november" => 11,
            "dec" or "december" => 12,
            _ => 0,
        };
        return month > 0;
    }

    /// <summary>"3", "a", "an", "one".."twelve"; digits are capped at five so parsing cannot overflow.</summary>
    public static bool TryCount(string unit, out int count)
    {
        count = unit switch
        {
            "a" or "an" or "one" => 1,
            "two" => 2,
            "three" => 3,
            "four" => 4,
            "five" => 5,
            "six" => 6,
            "seven" => 7,
            "eight" => 8,
            "nine" => 9,
            "ten" => 10,
            "eleven" => 11,
            "twelve" => 12,
            _ => -1,
        };
        if (count >= 0)
        {
            return true;
        }

        return unit.Length is > 0 and <= 5 && AllDigits(unit) && int.TryParse(unit, NumberStyles.None, CultureInfo.InvariantCulture, out count);
    }

    /// <summary>A day of the month as written: one or two digits with an optional ordinal suffix ("5", "5th", "22nd").</summary>
    public static bool TryDayNumber(string unit, out int day)
    {
        day = 0;
        string digits = unit.Length > 2 && (unit.EndsWith("st", StringComparison.Ordinal) || unit.EndsWith("nd", StringComparison.Ordinal)
            || unit.EndsWith("rd", StringComparison.Ordinal) || unit.EndsWith("th", StringComparison.Ordinal))
            ? unit[..^2]
            : unit;
        return TryNumber(digits, 1, 2, out day);
    }

    public static bool TryYear(string unit, out int year)
    {
        return TryNumber(unit, 4, 4, out year);
    }

    /// <summary>Only ASCII digits, between <paramref name="minLength"/> and <paramref name="maxLength"/> of them.</summary>
    public static bool TryNumber(string text, int minLength, int maxLength, out int value)
    {
        value = 0;
        return text.Length >= minLength && text.Length <= maxLength && AllDigits(text)
            && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value);
    }

    private static bool AllDigits(string text)
    {
        foreach (char c in text)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    private static string Clean(string token)
    {
        return token.TrimEnd(',', '.', ';', ':', '!', '?');
    }
}
