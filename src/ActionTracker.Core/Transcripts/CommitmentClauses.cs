namespace ActionTracker.Core.Transcripts;

/// <summary>
/// Splits a sentence that hands out several tasks into one commitment per clause: "you'll work on the budget, Tom the
/// slides", "Maria will send the deck and Tom will book the room". A task ends where the next one's cue starts.
/// </summary>
internal static class CommitmentClauses
{
    /// <summary>Words that join two clauses of one sentence; the next task's cue follows one of them.</summary>
    private static readonly HashSet<string> Joiners = new(StringComparer.Ordinal) { "and", "then", "also", "plus", "while", "but" };

    /// <summary>Words that may stand between a joiner and the next cue: "and um the designer will…".</summary>
    private static readonly HashSet<string> Skippable = new(StringComparer.Ordinal) { "the", "um", "uh", "uhm", "er", "so", "then", "our", "maybe" };

    /// <summary>The commitments of the sentence, left to right, at most <paramref name="max"/>.</summary>
    public static List<CommitmentMatch> FindAll(TranscriptSentence sentence, SpeakerDirectory speakers, int max)
    {
        var matches = new List<CommitmentMatch>();
        int from = 0;
        while (matches.Count < max && from >= 0 && CommitmentRules.Find(sentence, speakers, from) is { } match)
        {
            int comma = NextClause(sentence.Raw, match.TaskStart);
            CommitmentMatch? next = match.TaskStart + 1 < sentence.Words.Length ? CommitmentRules.Find(sentence, speakers, match.TaskStart + 1) : null;
            // The first task needs words of its own: in "I'll also send…" the "send" is this cue's task, not a new one.
            if (next is { CueStart: > 0 } && next.CueStart > match.TaskStart && StartsClause(sentence, next.CueStart)
                && sentence.Words.AsSpan(match.TaskStart, next.CueStart - match.TaskStart).ToArray().Any(ContentWords.IsContent))
            {
                matches.Add(match with { TaskEnd = next.CueStart });
                from = comma >= 0 && comma < next.CueStart ? comma : next.CueStart;
                continue;
            }

            matches.Add(match);
            from = comma;
        }

        return matches;
    }

    /// <summary>The first word after a comma past the task's first words, or -1: where the next task of a list may start.</summary>
    public static int NextClause(string[] raw, int taskStart)
    {
        for (int i = taskStart + 2; i < raw.Length; i++)
        {
            if (raw[i - 1].EndsWith(',') || raw[i - 1].EndsWith(';'))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Whether a new clause starts at word <paramref name="index"/>: after a comma or a joining word.</summary>
    private static bool StartsClause(TranscriptSentence sentence, int index)
    {
        int i = index - 1;
        while (i > 0 && Skippable.Contains(sentence.Words[i]) && !sentence.Raw[i].EndsWith(','))
        {
            i--;
        }

        return i >= 0 && (Joiners.Contains(sentence.Words[i]) || sentence.Raw[i].EndsWith(',') || sentence.Raw[i].EndsWith(';'));
    }
}
