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
        string[] lines = text.Split('\n');
        var cues = new List<TranscriptCue>();
        int i = 0;
        while (i < lines.Length)
        {
            if (!TryTiming(lines[i], out TimeSpan? start))
            {
                i++;
                continue;
            }

            i++;
            var body = new List<string>();
            while (i < lines.Length && lines[i].Trim().Length > 0 && !TryTiming(lines[i], out _))
            {
                body.Add(lines[i]);
                i++;
            }

            // A cue identifier directly before the next timing line belongs to that cue, not to this text.
            if (i < lines.Length && body.Count > 1 && TryTiming(lines[i], out _) && IsCueIdentifier(body[^1]))
            {
                body.RemoveAt(body.Count - 1);
            }

            AddCues(cues, body, start);
        }

        return cues;
    }

    /// <summary>"12", "ES2008b/1-0", a GUID: one token with a digit, unlike a line of speech.</summary>
    private static bool IsCueIdentifier(string line)
    {
        string trimmed = line.Trim();
        return trimmed.Length > 0 && !trimmed.Contains(' ', StringComparison.Ordinal) && trimmed.Any(char.IsDigit);
    }

    private static bool HasTimingLine(string text)
    {
        foreach (ReadOnlySpan<char> line in text.AsSpan().EnumerateLines())
        {
            if (TryTiming(line.ToString(), out _))
            {
                return true;
            }
        }

        return false;
    }

    private static bool TryTiming(string line, out TimeSpan? start)
    {
        start = null;
        int arrow = line.IndexOf(Arrow, StringComparison.Ordinal);
        if (arrow <= 0)
        {
            return false;
        }

        start = CueText.ParseTime(line.AsSpan(0, arrow));
        return start is not null;
    }

    private static void AddCues(List<TranscriptCue> cues, List<string> body, TimeSpan? start)
    {
        if (body.Count == 0)
        {
            return;
        }

        string raw = string.Join('\n', body);
        if (raw.Contains("<v", StringComparison.OrdinalIgnoreCase))
        {
            AddVoiceSpans(cues, raw, start);
            return;
        }

        // Teams .docx: "Name" on one line, the words on the next ones.
        string? speaker = null;
        if (body.Count > 1 && body[0].Trim() is { Length: > 0 } first && !first.Contains(':', StringComparison.Ordinal) && CueText.IsSpeakerName(first) && first.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 4)
        {
            speaker = first;
            raw = string.Join('\n', body.Skip(1));
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
