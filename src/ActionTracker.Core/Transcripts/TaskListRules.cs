namespace ActionTracker.Core.Transcripts;

/// <summary>
/// Tasks read out as a list after saying there are some: "you each have things to do, look and feel design, user
/// interface design, product evaluation", "next steps: the pricing page, the launch email". Each listed phrase is a
/// task of its own; who takes which is left to what each person has talked about.
/// </summary>
internal static class TaskListRules
{
    public const string Reason = "task in a list of things to do";

    private const int MaxPhraseWords = 6;

    private static readonly string[][] ListCues =
    [
        ["things", "to", "do"], ["next", "steps"], ["homework"], ["to-do", "list"], ["todo", "list"], ["to", "do", "list"],
    ];

    /// <summary>Words that open a clause of its own rather than another listed phrase: "…, and you two will build it".</summary>
    private static readonly HashSet<string> ClauseOpeners = new(StringComparer.Ordinal)
    {
        "i", "you", "we", "he", "she", "they", "it", "that", "this", "there", "i'll", "you'll", "we'll", "i'm", "you're",
        "we're", "it's", "that's", "so", "but", "because", "if", "then",
    };

    /// <summary>The listed tasks of the sentence, left to right (at least two, at most <paramref name="max"/>); empty when it lists none.</summary>
    public static List<CommitmentMatch> FindAll(TranscriptSentence sentence, int max)
    {
        string[] words = sentence.Words;
        int start = ListStart(sentence);
        var found = new List<CommitmentMatch>();
        if (start < 0 || sentence.IsQuestion)
        {
            return found;
        }

        int from = start;
        while (from < words.Length && found.Count < max)
        {
            int phraseStart = from;
            while (phraseStart < words.Length && words[phraseStart] is "and" or "um" or "uh" or "also" or "then")
            {
                phraseStart++;
            }

            int end = phraseStart;
            while (end < words.Length && !EndsPhrase(sentence.Raw[end]))
            {
                end++;
            }

            end = Math.Min(end + 1, words.Length);
            if (phraseStart >= words.Length || ClauseOpeners.Contains(words[phraseStart]) || end - phraseStart > MaxPhraseWords
                || !words.AsSpan(phraseStart, end - phraseStart).ToArray().Any(ContentWords.IsContent))
            {
                break;
            }

            found.Add(new CommitmentMatch
            {
                Kind = CommitmentKind.Group,
                CueStart = phraseStart,
                ClauseStart = phraseStart,
                TaskStart = phraseStart,
                TaskEnd = end,
                Confidence = 0.5,
                Reason = Reason,
            });
            from = end;
        }

        return found.Count >= 2 ? found : [];
    }

    /// <summary>The first word after a list cue followed by a comma or colon, or -1.</summary>
    private static int ListStart(TranscriptSentence sentence)
    {
        string[] words = sentence.Words;
        for (int i = 0; i < words.Length; i++)
        {
            foreach (string[] cue in ListCues)
            {
                int end = i + cue.Length;
                if (end < words.Length && cue.AsSpan().SequenceEqual(words.AsSpan(i, cue.Length)) && EndsPhrase(sentence.Raw[end - 1]))
                {
                    return end;
                }
            }
        }

        return -1;
    }

    private static bool EndsPhrase(string raw) => raw.EndsWith(',') || raw.EndsWith(';') || raw.EndsWith(':');
}
