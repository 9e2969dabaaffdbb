using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using ActionTracker.Core.Items;

namespace ActionTracker.Core.Commands;

/// <summary>The small vocabularies inside commands: priorities, goal and meeting ids, item kinds.</summary>
internal static class OptionWords
{
    private const int MaxIdDigits = 10;

    private static readonly char[] TrailingPunctuation = ['.', ',', ';', ':', '!', '?'];

    /// <summary>The word without the sentence punctuation people put after it ("overdue." → "overdue").</summary>
    public static string Bare(string word)
    {
        return word.TrimEnd(TrailingPunctuation);
    }

    /// <summary>urgent|high|normal|medium|low or p1..p4 (p1 is the most urgent), with an optional leading "!"; any case.</summary>
    public static Priority? Priority(string word)
    {
        string value = Bare(word.ToLowerInvariant());
        if (value.StartsWith('!'))
        {
            value = value[1..];
        }

        return value switch
        {
            "urgent" or "p1" => Items.Priority.Urgent,
            "high" or "p2" => Items.Priority.High,
            "normal" or "medium" or "p3" => Items.Priority.Normal,
            "low" or "p4" => Items.Priority.Low,
            _ => null,
        };
    }

    /// <summary>True for "p1".."p4" on its own, which sets a priority without the "priority" keyword.</summary>
    public static bool IsShortPriority(string word)
    {
        string value = Bare(word);
        return value.Length == 2 && value[0] is 'p' or 'P' && value[1] is >= '1' and <= '4';
    }

    /// <summary>Goal "G7" or milestone "G7.2", any case, normalised to "G7" / "G7.2".</summary>
    public static bool TryGoalId(string word, [NotNullWhen(true)] out string? id)
    {
        id = null;
        string value = Bare(word);
        if (value.Length < 2 || value[0] is not ('g' or 'G'))
        {
            return false;
        }

        string[] parts = value[1..].Split('.');
        if (parts.Length > 2 || !TryNumber(parts[0], out long goal))
        {
            return false;
        }

        if (parts.Length == 1)
        {
            id = string.Create(CultureInfo.InvariantCulture, $"G{goal}");
            return true;
        }

        if (!TryNumber(parts[1], out long milestone))
        {
            return false;
        }

        id = string.Create(CultureInfo.InvariantCulture, $"G{goal}.{milestone}");
        return true;
    }

    /// <summary>Meeting "M3", any case, normalised to "M3".</summary>
    public static bool TryMeetingId(string word, [NotNullWhen(true)] out string? id)
    {
        id = null;
        string value = Bare(word);
        if (value.Length < 2 || value[0] is not ('m' or 'M') || !TryNumber(value[1..], out long meeting))
        {
            return false;
        }

        id = string.Create(CultureInfo.InvariantCulture, $"M{meeting}");
        return true;
    }

    public static ItemKind? Kind(string word)
    {
        return Bare(word.ToLowerInvariant()) switch
        {
            "task" => ItemKind.Task,
            "development" or "dev" => ItemKind.Development,
            _ => null,
        };
    }

    /// <summary>1 to 10 ASCII digits with a value of at least 1.</summary>
    private static bool TryNumber(string digits, out long value)
    {
        value = 0;
        return digits.Length is > 0 and <= MaxIdDigits && digits.All(char.IsAsciiDigit)
            && long.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out value) && value > 0;
    }
}
