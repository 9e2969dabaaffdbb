using System.Globalization;

namespace ActionTracker.Core.Commands;

/// <summary>Parses <c>digest setup|preview|now</c>; a channel is a Slack channel mention (<c>&lt;#C0123|name&gt;</c>).</summary>
internal static class DigestCommandParser
{
    private const string Usage = "digest setup [#channel] [weekday] [HH:mm] | digest preview | digest now";

    public static ParsedCommand Parse(CommandTokens tokens, int start)
    {
        string action = start < tokens.Count ? OptionWords.Bare(tokens.Lower(start)) : string.Empty;
        if (action is "preview" or "now")
        {
            return start + 1 < tokens.Count
                ? ParseFailures.Unexpected("digest", tokens.Rest(start + 1) ?? string.Empty)
                : new DigestCommand(action == "now" ? DigestAction.Now : DigestAction.Preview);
        }

        if (action != "setup")
        {
            return ParseFailures.For("digest", "`digest` takes setup, preview or now.");
        }

        string? channel = null;
        DayOfWeek? day = null;
        TimeOnly? time = null;
        for (int i = start + 1; i < tokens.Count; i++)
        {
            string word = tokens[i];
            if (channel is null && TryChannel(word, out string? id))
            {
                channel = id;
            }
            else if (word.StartsWith('#'))
            {
                return ParseFailures.For("digest", $"I can't tell which channel {word} is: pick it from the # list so it becomes a link, or run `digest setup` in that channel.");
            }
            else if (day is null && TryDay(tokens.Lower(i), out DayOfWeek parsedDay))
            {
                day = parsedDay;
            }
            else if (time is null && TimeOnly.TryParseExact(word, ["H:mm", "HH:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out TimeOnly parsedTime))
            {
                time = parsedTime;
            }
            else
            {
                return ParseFailures.For("digest", $"I don't understand \"{word}\" here. Usage: {Usage}");
            }
        }

        return new DigestCommand(DigestAction.Setup, channel, day, time);
    }

    /// <summary>A Slack channel mention, <c>&lt;#C0123ABCD|name&gt;</c> or <c>&lt;#C0123ABCD&gt;</c>.</summary>
    private static bool TryChannel(string word, out string? id)
    {
        id = null;
        if (!word.StartsWith("<#", StringComparison.Ordinal) || !word.EndsWith('>'))
        {
            return false;
        }

        string inner = word[2..^1];
        int bar = inner.IndexOf('|', StringComparison.Ordinal);
        string candidate = bar < 0 ? inner : inner[..bar];
        if (candidate.Length is 0 or > 30 || !candidate.All(char.IsAsciiLetterOrDigit))
        {
            return false;
        }

        id = candidate;
        return true;
    }

    private static bool TryDay(string word, out DayOfWeek day)
    {
        foreach (DayOfWeek candidate in Enum.GetValues<DayOfWeek>())
        {
            string name = candidate.ToString().ToLowerInvariant();
            if (word == name || word == name + "s" || word == name[..3])
            {
                day = candidate;
                return true;
            }
        }

        day = default;
        return false;
    }
}
