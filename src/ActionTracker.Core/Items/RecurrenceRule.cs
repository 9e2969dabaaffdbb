namespace ActionTracker.Core.Items;

/// <summary>
/// How an item repeats: <c>daily</c>, <c>weekdays</c>, <c>weekly:Monday</c> (any day name) or <c>monthly</c>. When an
/// occurrence is done, the next one is created with its due date moved to the rule's next day.
/// </summary>
public static class RecurrenceRule
{
    /// <summary>Reads "every day|weekday|week|month|monday…" or "repeat daily|weekly|monthly" (two words), or a stored rule.</summary>
    public static string? TryRead(string first, string second)
    {
        string a = first.ToLowerInvariant();
        string b = second.ToLowerInvariant().TrimEnd('.', ',', ';');
        if (a == "every")
        {
            return b switch
            {
                "day" => "daily",
                "weekday" or "workday" => "weekdays",
                "week" => "weekly",
                "month" => "monthly",
                _ => DayName(b) is { } day ? "weekly:" + day : null,
            };
        }

        return a == "repeat" && b is "daily" or "weekly" or "monthly" ? b : null;
    }

    /// <summary>The next due day after <paramref name="current"/>, or null for an unknown rule.</summary>
    public static DateOnly? Next(string rule, DateOnly current)
    {
        ArgumentNullException.ThrowIfNull(rule);
        if (rule.StartsWith("weekly:", StringComparison.Ordinal) && Enum.TryParse(rule["weekly:".Length..], out DayOfWeek day))
        {
            int ahead = ((int)day - (int)current.DayOfWeek + 7) % 7;
            return current.AddDays(ahead == 0 ? 7 : ahead);
        }

        return rule switch
        {
            "daily" => current.AddDays(1),
            "weekdays" => current.DayOfWeek switch { DayOfWeek.Friday => current.AddDays(3), DayOfWeek.Saturday => current.AddDays(2), _ => current.AddDays(1) },
            "weekly" => current.AddDays(7),
            "monthly" => current.AddMonths(1),
            _ => null,
        };
    }

    /// <summary>Human wording for replies: "every Monday", "every day".</summary>
    public static string Describe(string rule) => rule switch
    {
        "daily" => "every day",
        "weekdays" => "every weekday",
        "weekly" => "every week",
        "monthly" => "every month",
        _ when rule.StartsWith("weekly:", StringComparison.Ordinal) => "every " + rule["weekly:".Length..],
        _ => rule,
    };

    private static string? DayName(string word)
    {
        foreach (DayOfWeek day in Enum.GetValues<DayOfWeek>())
        {
            string name = day.ToString().ToLowerInvariant();
            if (word == name || word == name[..3] || word == name + "s")
            {
                return day.ToString();
            }
        }

        return null;
    }
}
