using System.Text;
using System.Text.RegularExpressions;

namespace ActionTracker.Slack.Protocol;

/// <summary>Turns Slack's escaped message text into the command language's canonical form.</summary>
public static partial class SlackText
{
    /// <summary>
    /// <c>&lt;@U123|megan&gt;</c> → <c>&lt;@U123&gt;</c> (name kept in <paramref name="mentionNames"/>),
    /// <c>&lt;#C123|eng&gt;</c> → <c>#eng</c>, links to their label or URL, then <c>&amp;amp; &amp;lt; &amp;gt;</c> decoded.
    /// </summary>
    public static string Unescape(string text, IDictionary<string, string> mentionNames)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(mentionNames);
        string replaced = Entity().Replace(text, match =>
        {
            string body = match.Groups[1].Value;
            int bar = body.IndexOf('|', StringComparison.Ordinal);
            string target = bar < 0 ? body : body[..bar];
            string? label = bar < 0 ? null : body[(bar + 1)..];
            if (target.StartsWith('@') && target.Length > 1)
            {
                string id = target[1..];
                if (!string.IsNullOrEmpty(label))
                {
                    mentionNames[id] = label;
                }

                return "<@" + id + ">";
            }

            if (target.StartsWith('#'))
            {
                return "#" + (label ?? target[1..]);
            }

            if (target.StartsWith('!'))
            {
                return "@" + (label ?? target[1..]);
            }

            return label ?? target;
        });
        return new StringBuilder(replaced).Replace("&lt;", "<").Replace("&gt;", ">").Replace("&amp;", "&").ToString();
    }

    /// <summary>Removes a leading mention of the bot (app_mention text starts with it).</summary>
    public static string StripMention(string text, string? botUserId)
    {
        ArgumentNullException.ThrowIfNull(text);
        string trimmed = text.TrimStart();
        Match match = LeadingMention().Match(trimmed);
        if (match.Success && (botUserId is null || string.Equals(match.Groups[1].Value, botUserId, StringComparison.Ordinal)))
        {
            return trimmed[match.Length..].TrimStart();
        }

        return botUserId is null ? trimmed : trimmed.Replace("<@" + botUserId + ">", string.Empty, StringComparison.Ordinal).Trim();
    }

    [GeneratedRegex("<([^<>]*)>", RegexOptions.CultureInvariant)]
    private static partial Regex Entity();

    [GeneratedRegex("^<@([A-Z0-9]+)(?:\\|[^>]*)?>", RegexOptions.CultureInvariant)]
    private static partial Regex LeadingMention();
}
