using System.Text;

namespace ActionTracker.Slack.Blocks;

/// <summary>Escaping and length limits for Slack text objects.</summary>
public static class Mrkdwn
{
    /// <summary>Slack parses <c>&lt;…&gt;</c> as links/mentions and <c>&amp;</c> as entities; user text must never do either.</summary>
    public static string Escape(string? text) =>
        text is null ? string.Empty : new StringBuilder(text).Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;").ToString();

    /// <summary>Cuts to <paramref name="max"/> characters with an ellipsis, never splitting an escape sequence or surrogate pair.</summary>
    public static string Truncate(string text, int max)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length <= max)
        {
            return text;
        }

        int cut = max - 1;
        int amp = text.LastIndexOf('&', cut - 1, Math.Min(cut, 6));
        if (amp >= 0 && text.IndexOf(';', amp) >= cut)
        {
            cut = amp;
        }

        if (cut > 0 && char.IsHighSurrogate(text[cut - 1]))
        {
            cut--;
        }

        return string.Concat(text.AsSpan(0, cut), "…");
    }
}
