namespace ActionTracker.Core.Transcripts;

/// <summary>
/// Best-effort WebVTT: cues are found by their "start --&gt; end" line, so a missing header, missing blank lines,
/// overlapping or unordered cues, unknown tags and stray NOTE/STYLE blocks are tolerated. The speaker comes from a
/// <c>&lt;v Name&gt;</c> voice span, a "Name: text" prefix, or (Teams .docx exports) a name on its own line.
/// </summary>
internal static class VttTranscriptParser
{
    private const string Arrow = "-->";

    public static bool LooksLikeVtt(string text)
    {
        ReadOnlySpan<char> start = text.AsSpan().TrimStart();
        return start.StartsWith("WEBVTT", StringComparison.Ordinal) || (text.Contains(Arrow, StringComparison.Ordinal) && HasTimingLine(text));
    }

    public static List<TranscriptCue> Parse(string text)
    {
        // Lines are walked as ranges of the text, not split into strings: a cue's body is one contiguous range, so
        // only the text that ends up in a cue is copied (a 4-hour file would otherwise be copied line by line).
        var cues = new List<TranscriptCue>();
        var body = new List<Range>();
        int next = 0;
        bool more = NextLine(text, ref next, out Range line);
        while (more)
        {
            if (!TryTiming(text.AsSpan()[line], out TimeSpan? start))
            {
                more = NextLine(text, ref next, out line);
                continue;
            }

            body.Clear();
            more = NextLine(text, ref next, out line);
            while (more && !text.AsSpan()[line].IsWhiteSpace() && !TryTiming(text.AsSpan()[line], out _))
            {
                body.Add(line);
                more = NextLine(text, ref next, out line);
            }

            // A cue identifier directly before the next timing line belongs to that cue, not to this text.
            if (more && body.Count > 1 && TryTiming(text.AsSpan()[line], out _) && IsCueIdentifier(text.AsSpan()[body[^1]]))
            {
                body.RemoveAt(body.Count - 1);
            }

            AddCues(cues, text, body, start);
        }

        return cues;
    }

    /// <summary>"12", "ES2008b/1-0", a GUID: one token with a digit, unlike a line of speech.</summary>
    private static bool IsCueIdentifier(ReadOnlySpan<char> line)
    {
        ReadOnlySpan<char> trimmed = line.Trim();
        if (trimmed.Length == 0 || trimmed.Contains(' '))
        {
            return false;
        }

        foreach (char c in trimmed)
        {
            if (char.IsDigit(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The next line of <paramref name="text"/> split at '\n' (as <see cref="string.Split(char, StringSplitOptions)"/> would), or false past the last.</summary>
    private static bool NextLine(string text, ref int next, out Range line)
    {
        if (next > text.Length)
        {
            line = default;
            return false;
        }

        int end = text.IndexOf('\n', next);
        end = end < 0 ? text.Length : end;
        line = next..end;
        next = end + 1;
        return true;
    }

    private static bool HasTimingLine(string text)
    {
        foreach (ReadOnlySpan<char> line in text.AsSpan().EnumerateLines())
        {
            if (TryTiming(line, out _))
            {
                return true;
            }
        }

        return false;
    }

    private static bool TryTiming(ReadOnlySpan<char> line, out TimeSpan? start)
    {
        start = null;
        int arrow = line.IndexOf(Arrow, StringComparison.Ordinal);
        if (arrow <= 0)
        {
            return false;
        }

        start = CueText.ParseTime(line[..arrow]);
        return start is not null;
    }

    /// <param name="body">The cue's lines, adjacent ranges of <paramref name="text"/>.</param>
    private static void AddCues(List<TranscriptCue> cues, string text, List<Range> body, TimeSpan? start)
    {
        if (body.Count == 0)
        {
            return;
        }

        // The lines are adjacent and the text has only '\n' line ends: joining them again is the range they span.
        string raw = text[body[0].Start..body[^1].End];
        if (raw.Contains("<v", StringComparison.OrdinalIgnoreCase))
        {
            AddVoiceSpans(cues, raw, start);
            return;
        }

        // Teams .docx: "Name" on one line, the words on the next ones.
        string? speaker = null;
        if (body.Count > 1 && text.AsSpan()[body[0]].Trim() is { Length: > 0 } first && !first.Contains(':') && CueText.IsSpeakerName(first) && WordCount(first) <= 4)
        {
            speaker = first.ToString();
            raw = text[body[1].Start..body[^1].End];
        }

        string cleaned = CueText.Clean(raw);
        if (speaker is null)
        {
            (speaker, cleaned) = PlainTextTranscriptParser.SplitSpeaker(cleaned);
        }

        if (cleaned.Length > 0)
        {
            cues.Add(new TranscriptCue { Speaker = speaker, Text = cleaned, Start = start });
        }
    }

    private static int WordCount(ReadOnlySpan<char> line)
    {
        int words = 0;
        foreach (Range range in line.Split(' '))
        {
            words += line[range].IsEmpty ? 0 : 1;
        }

        return words;
    }

    /// <summary>One cue per voice span ("&lt;v Ann&gt;yes&lt;/v&gt;&lt;v Bo&gt;no&lt;/v&gt;" is two turns); text outside spans keeps the last voice.</summary>
    private static void AddVoiceSpans(List<TranscriptCue> cues, string raw, TimeSpan? start)
    {
        string? speaker = null;
        int position = 0;
        while (position < raw.Length)
        {
            int open = raw.IndexOf("<v", position, StringComparison.OrdinalIgnoreCase);
            while (open >= 0 && open + 2 < raw.Length && raw[open + 2] is not (' ' or '.' or '\t'))
            {
                open = raw.IndexOf("<v", open + 2, StringComparison.OrdinalIgnoreCase);
            }

            int textEnd = open < 0 ? raw.Length : open;
            AddSpan(cues, speaker, raw[position..textEnd], start);
            if (open < 0)
            {
                break;
            }

            int close = raw.IndexOf('>', open);
            if (close < 0)
            {
                break;
            }

            string annotation = raw[(open + 2)..close];
            int space = annotation.IndexOfAny([' ', '\t']);
            string name = space < 0 ? string.Empty : CueText.Clean(annotation[(space + 1)..]);
            speaker = name.Length > 0 ? name : null;
            position = close + 1;
        }
    }

    private static void AddSpan(List<TranscriptCue> cues, string? speaker, string span, TimeSpan? start)
    {
        string cleaned = CueText.Clean(span);
        if (cleaned.Length == 0)
        {
            return;
        }

        if (speaker is null)
        {
            (speaker, cleaned) = PlainTextTranscriptParser.SplitSpeaker(cleaned);
        }

        cues.Add(new TranscriptCue { Speaker = speaker, Text = cleaned, Start = start });
    }
}
