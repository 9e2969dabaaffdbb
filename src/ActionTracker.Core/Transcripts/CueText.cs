using System.Buffers;
using System.Globalization;
using System.Net;

namespace ActionTracker.Core.Transcripts;

/// <summary>Helpers shared by the transcript parsers: tag stripping, entities, times and speaker-name checks.</summary>
internal static class CueText
{
    private const int MaxSpeakerLength = 60;

    /// <summary>Removes markup tags (known or not), decodes entities and collapses whitespace.</summary>
    public static string Clean(string text)
    {
        // Tags are dropped and whitespace collapsed in one pass into one buffer: this runs once per cue, so a long
        // transcript would otherwise make several throwaway copies of all its text.
        char[] buffer = ArrayPool<char>.Shared.Rent(text.Length);
        try
        {
            int length = 0;
            bool inTag = false;
            bool entity = false;
            foreach (char c in text)
            {
                if (c == '<')
                {
                    inTag = true;
                }
                else if (c == '>' && inTag)
                {
                    inTag = false;
                }
                else if (!inTag)
                {
                    if (char.IsWhiteSpace(c) || char.IsControl(c))
                    {
                        if (length > 0 && buffer[length - 1] != ' ')
                        {
                            buffer[length++] = ' ';
                        }
                    }
                    else
                    {
                        entity |= c == '&';
                        buffer[length++] = c;
                    }
                }
            }

            if (length > 0 && buffer[length - 1] == ' ')
            {
                length--;
            }

            string collapsed = new(buffer, 0, length);
            return entity ? CollapseSpaces(WebUtility.HtmlDecode(collapsed)) : collapsed;
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    /// <summary>An entity may decode to spaces ("&amp;#32;"): those are collapsed like the others.</summary>
    private static string CollapseSpaces(string text) => string.Join(' ', text.Split(' ', StringSplitOptions.RemoveEmptyEntries));

    /// <summary>
    /// Reads "hh:mm:ss.mmm", "mm:ss.mmm", "h:m:s" and "hh:mm:ss,mmm" (SRT style). Null when it is not a time.
    /// </summary>
    public static TimeSpan? ParseTime(ReadOnlySpan<char> text)
    {
        text = text.Trim();
        if (text.IsEmpty || text.Length > 16)
        {
            return null;
        }

        double fraction = 0;
        int dot = text.IndexOfAny('.', ',');
        if (dot >= 0)
        {
            ReadOnlySpan<char> digits = text[(dot + 1)..];
            if (digits.IsEmpty || digits.Length > 7 || !int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out int value))
            {
                return null;
            }

            fraction = value / Math.Pow(10, digits.Length);
            text = text[..dot];
        }

        Span<int> parts = stackalloc int[3];
        int count = 0;
        foreach (Range range in text.Split(':'))
        {
            ReadOnlySpan<char> part = text[range];
            if (count == 3 || part.IsEmpty || part.Length > 3 || !int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out int value))
            {
                return null;
            }

            parts[count++] = value;
        }

        if (count < 2)
        {
            return null;
        }

        (int hours, int minutes, int seconds) = count == 3 ? (parts[0], parts[1], parts[2]) : (0, parts[0], parts[1]);
        if (minutes > 59 || seconds > 59 || hours > 999)
        {
            return null;
        }

        return new TimeSpan(hours, minutes, seconds) + TimeSpan.FromMilliseconds(Math.Round(fraction * 1000));
    }

    /// <summary>
    /// Whether the text before a colon reads as a speaker name ("Maria", "Project Manager", "Nis Jespersen (GS1)"),
    /// not as the start of a sentence ("Note that the deadline is: Friday").
    /// </summary>
    public static bool IsSpeakerName(ReadOnlySpan<char> candidate)
    {
        candidate = candidate.Trim();
        if (candidate.IsEmpty || candidate.Length > MaxSpeakerLength || !char.IsLetter(candidate[0]) && candidate[0] != '@')
        {
            return false;
        }

        int words = 1;
        foreach (char c in candidate)
        {
            if (c == ' ')
            {
                words++;
            }
            else if (c is '.' or '!' or '?' or ',' or ';' or '"' or '<' or '>' or '[' or ']' or '{' or '}')
            {
                return false;
            }
        }

        return words <= 5;
    }
}
