using System.Text;

namespace ActionTracker.Core.Transcripts;

/// <summary>Splits cues into sentences at ". ", "? " and "! " and normalises their words for the rules.</summary>
internal static class TranscriptSentenceSplitter
{
    public static List<TranscriptSentence> Split(IReadOnlyList<TranscriptCue> cues)
    {
        var sentences = new List<TranscriptSentence>(cues.Count * 2);

        // Each distinct spoken word becomes one string shared by all its uses, normalised once: a meeting repeats a
        // few thousand words, and sharing them keeps a long meeting's sentences small enough for the rules to run in cache.
        Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> vocabulary =
            new Dictionary<string, string>(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        for (int c = 0; c < cues.Count; c++)
        {
            TranscriptCue cue = cues[c];
            double position = cues.Count <= 1 ? 1 : (double)c / (cues.Count - 1);
            string text = cue.Text;
            int begin = 0;
            for (int i = 0; i < text.Length; i++)
            {
                bool end = text[i] is '.' or '?' or '!' && (i + 1 == text.Length || text[i + 1] == ' ') && !IsAbbreviation(text, i);
                if (end || i + 1 == text.Length)
                {
                    Add(sentences, vocabulary, c, cue, position, cues.Count, text.AsSpan(begin, i + 1 - begin));
                    begin = i + 1;
                }
            }
        }

        return sentences;
    }

    /// <summary>Lower case, curly quotes straightened, punctuation trimmed from both ends ("Friday," → "friday").</summary>
    public static string Normalize(string token)
    {
        if (token.AsSpan().ContainsAnyExcept(LowerLetters))
        {
            return NormalizeSlow(token);
        }

        return token;
    }

    private static string NormalizeSlow(string token)
    {
        var builder = new StringBuilder(token.Length);
        foreach (char c in token)
        {
            builder.Append(c is '\u2019' or '\u2018' ? '\'' : char.ToLowerInvariant(c));
        }

        return builder.ToString().Trim('.', ',', ';', ':', '!', '?', '"', '(', ')', '[', ']', '\u201C', '\u201D', '-', '\'', '*');
    }

    private static readonly System.Buffers.SearchValues<char> LowerLetters = System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyz");

    private static bool IsAbbreviation(string text, int dot)
    {
        // "e.g.", "Mr.", "v1.2": a dot after a single letter or between digits is not a sentence end.
        return text[dot] == '.' && dot >= 1 && (dot < 2 || text[dot - 2] is ' ' or '.') && char.IsLetter(text[dot - 1]);
    }

    private static void Add(List<TranscriptSentence> sentences, Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> vocabulary, int cueIndex, TranscriptCue cue, double position, int meetingCues, ReadOnlySpan<char> text)
    {
        // Trimmed before it is copied: one string per sentence, not two.
        ReadOnlySpan<char> span = text.Trim();
        if (span.IsEmpty)
        {
            return;
        }

        int count = 0;
        foreach (Range range in span.Split(' '))
        {
            count += span[range].IsEmpty ? 0 : 1;
        }

        string[] raw = new string[count];
        string[] words = new string[count];
        int w = 0;
        foreach (Range range in span.Split(' '))
        {
            ReadOnlySpan<char> token = span[range];
            if (token.IsEmpty)
            {
                continue;
            }

            if (!vocabulary.TryGetValue(token, out string? spoken, out string? normalized))
            {
                spoken = token.ToString();
                normalized = Normalize(spoken);
                vocabulary.Dictionary.Add(spoken, normalized);
            }

            raw[w] = spoken;
            words[w] = normalized;
            w++;
        }

        sentences.Add(new TranscriptSentence
        {
            CueIndex = cueIndex,
            Speaker = cue.Speaker,
            Start = cue.Start,
            Text = span.Length == cue.Text.Length ? cue.Text : span.ToString(),
            Raw = raw,
            Words = words,
            Position = position,
            MeetingCues = meetingCues,
        });
    }
}
