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
        int length = sentence.Words.Length;
        CommitmentMatch? current = CommitmentRules.Find(sentence, speakers);

        // "UID the interface concept, and you're doing the trend watching": a task listed for someone before the first cue.
        if (current is { CueStart: > 1 } && StartsClause(sentence, current.CueStart)
            && ListedBetween(sentence, speakers, 0, current.CueStart) is { } leading && leading.CueStart == 0)
        {
            matches.Add(leading with { TaskEnd = current.CueStart });
            current = current with { ClauseStart = current.CueStart };
        }

        while (current is not null && matches.Count < max)
        {
            CommitmentMatch? next = current.TaskStart + 1 < length ? CommitmentRules.Find(sentence, speakers, current.TaskStart + 1) : null;
            // The first task needs words of its own: in "I'll also send…" the "send" is this cue's task, not a new one.
            bool nextStartsClause = next is { CueStart: > 0 } && next.CueStart > current.TaskStart && StartsClause(sentence, next.CueStart)
                && sentence.Words.AsSpan(current.TaskStart, next.CueStart - current.TaskStart).ToArray().Any(ContentWords.IsContent);

            // "you'll do the budget, and Tom the slides": a noun phrase listed for someone after a task with a verb.
            if (ListedBetween(sentence, speakers, current.TaskStart + 2, nextStartsClause ? next!.CueStart : length) is { } listed)
            {
                matches.Add(current with { TaskEnd = listed.CueStart });
                current = listed;
            }
            else if (nextStartsClause)
            {
                matches.Add(current with { TaskEnd = next!.CueStart });
                current = next;
            }
            else
            {
                matches.Add(current);
                int comma = NextClause(sentence.Raw, current.TaskStart);
                current = comma >= 0 ? CommitmentRules.Find(sentence, speakers, comma) : null;
            }
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

    /// <summary>A verbless task for someone in a clause starting in [<paramref name="from"/>, <paramref name="limit"/>), or null.</summary>
    private static CommitmentMatch? ListedBetween(TranscriptSentence sentence, SpeakerDirectory speakers, int from, int limit)
    {
        for (int p = from; p < limit; p++)
        {
            if ((p == 0 || sentence.Words[p] == "and" || sentence.Raw[p - 1].EndsWith(','))
                && AssignmentListRules.Find(sentence, speakers, p, minContentWords: 1) is { } listed && listed.TaskStart < limit
                && sentence.Words[listed.TaskStart] is "the" or "a" or "an" or "your" or "his" or "her" or "their" or "our" or "some")
            {
                return listed with { CueStart = p, ClauseStart = p };
            }
        }

        return null;
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
