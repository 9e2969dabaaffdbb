namespace ActionTracker.Core.Transcripts;

/// <summary>
/// Plain transcripts: "Name: text", "[00:12:03] Name: text", "00:12:03 Name: text", and the Teams .docx layout of a
/// "Name   0:03" heading line followed by the words. Lines that start no turn continue the previous one.
/// </summary>
internal static class PlainTextTranscriptParser
{
    public static List<TranscriptCue> Parse(string text)
    {
        var cues = new List<TranscriptCue>();
        string? pendingSpeaker = null;
        TimeSpan? pendingStart = null;
        foreach (string rawLine in text.Split('\n'))
        {
            string line = CueText.Clean(rawLine);
            if (line.Length == 0 || line.Equals("WEBVTT", StringComparison.Ordinal))
            {
                continue;
            }

            (TimeSpan? start, string rest) = SplitLeadingTime(line);
            (string? speaker, string words) = SplitSpeaker(rest);
            if (speaker is not null)
            {
                pendingSpeaker = null;
                if (words.Length > 0)
                {
                    cues.Add(new TranscriptCue { Speaker = speaker, Text = words, Start = start });
                }
                else
                {
                    (pendingSpeaker, pendingStart) = (speaker, start);
                }

                continue;
            }

            if (start is null && SplitTrailingTime(line) is { } heading)
            {
                (pendingSpeaker, pendingStart) = heading;
                continue;
            }

            if (pendingSpeaker is not null || start is not null)
            {
                cues.Add(new TranscriptCue { Speaker = pendingSpeaker, Text = rest, Start = start ?? pendingStart });
                pendingSpeaker = null;
            }
            else if (cues.Count > 0)
            {
                TranscriptCue last = cues[^1];
                cues[^1] = last with { Text = last.Text + " " + rest };
            }
            else
            {
                cues.Add(new TranscriptCue { Text = rest });
            }
        }

        return cues;
    }

    /// <summary>"Maria: I'll send it" → ("Maria", "I'll send it"); text without a name-like prefix keeps a null speaker.</summary>
    public static (string? Speaker, string Text) SplitSpeaker(string text)
    {
        int colon = text.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0 || (colon + 1 < text.Length && text[colon + 1] is not (' ' or '\t')) || !CueText.IsSpeakerName(text.AsSpan(0, colon)))
        {
            return (null, text);
        }

        return (text[..colon].Trim(), text[(colon + 1)..].Trim());
    }

    /// <summary>"[00:12:03] rest", "(12:03) rest", "00:12:03 - rest" → (time, rest).</summary>
    private static (TimeSpan? Start, string Remainder) SplitLeadingTime(string line)
    {
        int index = 0;
        bool bracketed = line.Length > 0 && line[0] is '[' or '(';
        if (bracketed)
        {
            index = 1;
        }

        int end = index;
        while (end < line.Length && (char.IsAsciiDigit(line[end]) || line[end] is ':' or '.' or ','))
        {
            end++;
        }

        TimeSpan? start = end > index ? CueText.ParseTime(line.AsSpan(index, end - index).TrimEnd(',')) : null;
        if (start is null)
        {
            return (null, line);
        }

        if (bracketed)
        {
            if (end >= line.Length || line[end] is not (']' or ')'))
            {
                return (null, line);
            }

            end++;
        }

        string rest = line[end..].TrimStart(' ', '-', '\u2013', '|', '\t');
        return (start, rest);
    }

    /// <summary>Teams .docx heading: "Maria Garcia   0:03" or "Maria Garcia 1:02:03".</summary>
    private static (string Speaker, TimeSpan Start)? SplitTrailingTime(string line)
    {
        int space = line.LastIndexOf(' ');
        if (space <= 0 || CueText.ParseTime(line.AsSpan(space + 1)) is not { } start)
        {
            return null;
        }

        string name = line[..space].Trim();
        return CueText.IsSpeakerName(name) && name.Split(' ').Length <= 4 ? (name, start) : null;
    }
}
