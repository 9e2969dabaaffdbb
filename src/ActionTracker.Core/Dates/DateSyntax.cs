namespace ActionTracker.Core.Dates;

/// <summary>
/// The grammar of date expressions, over cleaned units (see <see cref="DateWords.Split"/>). Purely syntactic:
/// "Feb 30" and "25:00" parse here and are rejected with a clear message when resolved.
/// Expression := prefix{0,2} ( date [["at"] time] | ["at"] time [["on"] date] ).
/// Every rule takes the longest form it can ("Dec 5 2026" over "Dec 5").
/// </summary>
internal static class DateSyntax
{
    private const int MaxPrefixes = 2;

    public static DateExpression? Parse(IReadOnlyList<string> units)
    {
        int i = 0;
        while (i < MaxPrefixes && i < units.Count && DateWords.IsPrefix(units[i]))
        {
            i++;
        }

        if (TryDate(units, ref i, out DatePart? date))
        {
            TimePart? time = TryTime(units, ref i, out TimePart? after) ? after : null;
            return new DateExpression(i, date, time);
        }

        if (TryTime(units, ref i, out TimePart? before))
        {
            int j = i;
            if (At(units, j) == "on")
            {
                j++;
            }

            return TryDate(units, ref j, out DatePart? later)
                ? new DateExpression(j, later, before)
                : new DateExpression(i, null, before);
        }

        return null;
    }

    private static bool TryDate(IReadOnlyList<string> units, ref int i, out DatePart? part)
    {
        int j = i;
        part = TryKeyword(units, ref j) ?? TryEndOf(units, ref j) ?? TryThisOrNext(units, ref j) ?? TryQuarter(units, ref j)
            ?? TryOffset(units, ref j) ?? TryWeekdayAndDate(units, ref j) ?? TryExplicit(units, ref j);
        if (part is null)
        {
            return false;
        }

        i = j;
        return true;
    }

    private static DatePart? TryKeyword(IReadOnlyList<string> units, ref int j)
    {
        string word = At(units, j);
        DatePartKind? kind = word switch
        {
            "today" => DatePartKind.Today,
            "tonight" => DatePartKind.Tonight,
            "tomorrow" or "tmrw" or "tmr" => DatePartKind.Tomorrow,
            "eod" or "cob" => DatePartKind.EndOfDay,
            "eow" => DatePartKind.EndOfWeek,
            "eom" => DatePartKind.EndOfMonth,
            "eoq" => DatePartKind.EndOfQuarter,
            _ => null,
        };
        if (kind is null)
        {
            return null;
        }

        j++;
        return new DatePart(kind.Value, word);
    }

    /// <summary>"end of [the|this|next] day|week|month|quarter".</summary>
    private static DatePart? TryEndOf(IReadOnlyList<string> units, ref int j)
    {
        if (At(units, j) != "end" || At(units, j + 1) != "of")
        {
            return null;
        }

        int k = j + 2;
        string qualifier = At(units, k);
        bool next = qualifier == "next";
        if (qualifier is "the" or "this" or "next")
        {
            k++;
        }

        DatePartKind? kind = (At(units, k), next) switch
        {
            ("day", false) => DatePartKind.EndOfDay,
            ("week", false) => DatePartKind.EndOfWeek,
            ("week", true) => DatePartKind.EndOfNextWeek,
            ("month", false) => DatePartKind.EndOfMonth,
            ("month", true) => DatePartKind.EndOfNextMonth,
            ("quarter", false) => DatePartKind.EndOfQuarter,
            ("quarter", true) => DatePartKind.EndOfNextQuarter,
            _ => null,
        };
        if (kind is null)
        {
            return null;
        }

        j = k + 1;
        return new DatePart(kind.Value, "end of " + At(units, k));
    }

    /// <summary>"next week", "next friday", "this friday".</summary>
    private static DatePart? TryThisOrNext(IReadOnlyList<string> units, ref int j)
    {
        string first = At(units, j);
        if (first is not ("this" or "next"))
        {
            return null;
        }

        string second = At(units, j + 1);
        if (first == "next" && second == "week")
        {
            j += 2;
            return new DatePart(DatePartKind.NextWeek, "next week");
        }

        if (!DateWords.TryWeekday(second, out DayOfWeek day))
        {
            return null;
        }

        j += 2;
        return new DatePart(first == "this" ? DatePartKind.ThisWeekday : DatePartKind.NextWeekday, first + " " + second) { Weekday = day };
    }

    /// <summary>"Q3" or "Q3 2027".</summary>
    private static DatePart? TryQuarter(IReadOnlyList<string> units, ref int j)
    {
        string word = At(units, j);
        if (word.Length != 2 || word[0] != 'q' || word[1] is < '1' or > '4')
        {
            return null;
        }

        j++;
        int? year = null;
        if (DateWords.TryYear(At(units, j), out int y))
        {
            year = y;
            j++;
        }

        return new DatePart(DatePartKind.Quarter, word) { Value = word[1] - '0', Year = year };
    }

    /// <summary>"in 3 days", "in a week", "within 2 weeks", "in a month".</summary>
    private static DatePart? TryOffset(IReadOnlyList<string> units, ref int j)
    {
        if (At(units, j) is not ("in" or "within") || !DateWords.TryCount(At(units, j + 1), out int count))
        {
            return null;
        }

        string unit = At(units, j + 2);
        (DatePartKind Kind, int Factor)? shape = unit switch
        {
            "day" or "days" => (DatePartKind.InDays, 1),
            "week" or "weeks" => (DatePartKind.InDays, 7),
            "month" or "months" => (DatePartKind.InMonths, 1),
            _ => null,
        };
        if (shape is null)
        {
            return null;
        }

        j += 3;
        return new DatePart(shape.Value.Kind, "in " + units[j - 2] + " " + unit) { Value = count * shape.Value.Factor };
    }

    /// <summary>A weekday alone ("friday"), or in front of an explicit date ("Fri 27 Nov 2026").</summary>
    private static DatePart? TryWeekdayAndDate(IReadOnlyList<string> units, ref int j)
    {
        if (!DateWords.TryWeekday(At(units, j), out DayOfWeek day))
        {
            return null;
        }

        int k = j + 1;
        if (TryExplicit(units, ref k) is { } dated)
        {
            j = k;
            return dated with { StatedWeekday = day };
        }

        j++;
        return new DatePart(DatePartKind.Weekday, units[j - 1]) { Weekday = day };
    }

    /// <summary>ISO "2026-12-05", numeric "12/5[/2026]", "Dec 5[,] [2026]" or "5[th] [of] Dec [2026]".</summary>
    private static DatePart? TryExplicit(IReadOnlyList<string> units, ref int j)
    {
        string word = At(units, j);
        if (TryIso(word) is { } iso)
        {
            j++;
            return iso;
        }

        if (TryNumeric(word) is { } numeric)
        {
            j++;
            return numeric;
        }

        int k = j;
        int month;
        int day;
        if (DateWords.TryMonth(word, out month) && DateWords.TryDayNumber(At(units, k + 1), out day))
        {
            k += 2;
        }
        else if (DateWords.TryDayNumber(word, out day))
        {
            k++;
            if (At(units, k) == "of")
            {
                k++;
            }

            if (!DateWords.TryMonth(At(units, k), out month))
            {
                return null;
            }

            k++;
        }
        else
        {
            return null;
        }

        int? year = null;
        if (DateWords.TryYear(At(units, k), out int y))
        {
            year = y;
            k++;
        }

        string text = string.Join(' ', units.Skip(j).Take(k - j));
        j = k;
        return new DatePart(DatePartKind.Calendar, text) { Month = month, Day = day, Year = year };
    }

    private static DatePart? TryIso(string word)
    {
        string[] parts = word.Split('-');
        return parts.Length == 3
            && DateWords.TryNumber(parts[0], 4, 4, out int year)
            && DateWords.TryNumber(parts[1], 1, 2, out int month)
            && DateWords.TryNumber(parts[2], 1, 2, out int day)
            ? new DatePart(DatePartKind.Calendar, word) { Year = year, Month = month, Day = day }
            : null;
    }

    /// <summary>"a/b" or "a/b/yyyy" ("a/b/yy" means 20yy); which of a and b is the month depends on the writer.</summary>
    private static DatePart? TryNumeric(string word)
    {
        string[] parts = word.Split('/');
        if (parts.Length is < 2 or > 3
            || !DateWords.TryNumber(parts[0], 1, 2, out int first)
            || !DateWords.TryNumber(parts[1], 1, 2, out int second))
        {
            return null;
        }

        int? year = null;
        if (parts.Length == 3)
        {
            if (DateWords.TryNumber(parts[2], 4, 4, out int full))
            {
                year = full;
            }
            else if (parts[2].Length == 2 && DateWords.TryNumber(parts[2], 2, 2, out int shortYear))
            {
                year = 2000 + shortYear;
            }
            else
            {
                return null;
            }
        }

        return new DatePart(DatePartKind.Numeric, word) { First = first, Second = second, Year = year };
    }

    /// <summary>"3pm", "3 pm", "3:30pm", "15:00", "noon", "midnight", each optionally after "at".</summary>
    private static bool TryTime(IReadOnlyList<string> units, ref int i, out TimePart? time)
    {
        time = null;
        int j = i;
        if (At(units, j) == "at")
        {
            j++;
        }

        string word = At(units, j);
        if (word is "noon" or "midday")
        {
            time = new TimePart(12, 0, null, word);
            j++;
        }
        else if (word == "midnight")
        {
            // "by midnight" means before the day ends, so the last minute of that day.
            time = new TimePart(23, 59, null, word);
            j++;
        }
        else if (SplitMeridiem(word) is ({ } clock, { } pm) && TryClock(clock, out int hour, out int minute, allowBareHour: true))
        {
            time = new TimePart(hour, minute, pm, word);
            j++;
        }
        else if (TryClock(word, out hour, out minute, allowBareHour: true) && Meridiem(At(units, j + 1)) is { } spacedPm)
        {
            time = new TimePart(hour, minute, spacedPm, word + " " + units[j + 1]);
            j += 2;
        }
        else if (TryClock(word, out hour, out minute, allowBareHour: false))
        {
            time = new TimePart(hour, minute, null, word);
            j++;
        }
        else
        {
            return false;
        }

        i = j;
        return true;
    }

    /// <summary>"15:00", "3:30", or (when allowed, i.e. before am/pm) a bare "3"; range checks happen on resolution.</summary>
    private static bool TryClock(string word, out int hour, out int minute, bool allowBareHour)
    {
        minute = 0;
        int colon = word.IndexOf(':', StringComparison.Ordinal);
        if (colon < 0)
        {
            return DateWords.TryNumber(word, 1, 2, out hour) && allowBareHour;
        }

        return DateWords.TryNumber(word[..colon], 1, 2, out hour) && DateWords.TryNumber(word[(colon + 1)..], 2, 2, out minute);
    }

    private static (string? Clock, bool? Pm) SplitMeridiem(string word)
    {
        foreach (string marker in (ReadOnlySpan<string>)["am", "pm", "a.m", "p.m"])
        {
            if (word.Length > marker.Length && word.EndsWith(marker, StringComparison.Ordinal))
            {
                return (word[..^marker.Length], marker[0] == 'p');
            }
        }

        return (null, null);
    }

    private static bool? Meridiem(string word)
    {
        return word switch
        {
            "am" or "a.m" => false,
            "pm" or "p.m" => true,
            _ => null,
        };
    }

    private static string At(IReadOnlyList<string> units, int index)
    {
        return index < units.Count ? units[index] : string.Empty;
    }
}
