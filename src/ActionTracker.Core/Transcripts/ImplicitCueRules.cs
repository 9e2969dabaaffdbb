namespace ActionTracker.Core.Transcripts;

/// <summary>
/// Tasks said without a subject, at the start of a sentence or clause: an instruction ("Please send the figures to
/// finance", "Just check with legal first") is for whoever is addressed; "Need to update the roadmap" in notes or
/// quick speech is the speaker's own.
/// </summary>
internal static class ImplicitCueRules
{
    /// <summary>Verbs that, as the first word of a sentence, instruct someone to do work after the meeting.</summary>
    private static readonly HashSet<string> ImperativeVerbs = new(StringComparer.Ordinal)
    {
        "send", "check", "ask", "email", "e-mail", "contact", "research", "investigate", "review", "update", "prepare",
        "follow", "reach", "schedule", "book", "draft", "circulate", "call", "ping", "sort", "figure", "find", "look",
        "explore", "confirm", "organize", "organise", "arrange", "compile", "collect", "gather", "write", "fix", "bring", "propose",
    };

    /// <summary>Taking on what was just asked, in so many words: the task is the request before.</summary>
    private static readonly string[][] TakingItOn =
    [
        ["leave", "it", "with", "me"], ["leave", "that", "with", "me"], ["that's", "on", "me"], ["i'm", "on", "it"],
        ["consider", "it", "done"], ["i've", "got", "it"], ["i've", "got", "this"], ["i", "got", "it"], ["i", "can", "take", "that"],
        ["i'll", "take", "that"], ["i'll", "take", "it"], ["i'll", "own", "that"], ["i'll", "handle", "it"], ["i'll", "handle", "that"],
    ];

    /// <summary>What may open the sentence before the instruction: "so just", "okay please", "and then".</summary>
    private static readonly HashSet<string> Openers = new(StringComparer.Ordinal)
    {
        "um", "uh", "uhm", "er", "so", "and", "okay", "ok", "then", "just", "please", "also", "now", "right", "yeah", "well",
    };

    /// <summary>An implicit task at the clause starting at word <paramref name="from"/>, or null.</summary>
    public static CommitmentMatch? Find(TranscriptSentence sentence, int from)
    {
        string[] words = sentence.Words;
        int i = from;
        bool please = false;
        while (i < words.Length && Openers.Contains(words[i]))
        {
            please |= words[i] == "please";
            i++;
        }

        foreach (string[] phrase in TakingItOn)
        {
            // Said on its own ("I'm on it."), not as the start of something else ("I got it on my screen").
            int end = i + phrase.Length;
            if (end <= words.Length && phrase.AsSpan().SequenceEqual(words.AsSpan(i, phrase.Length)) && !sentence.IsQuestion
                && (end == words.Length || sentence.Raw[end - 1].EndsWith(',') || words[end] is "then" or "now" or "yeah" or "sure" or "no" or "thanks"))
            {
                // No words of its own: the draft takes its task from the request it answers, or is dropped.
                return new CommitmentMatch { Kind = CommitmentKind.Speaker, TaskStart = words.Length, CueStart = i, Confidence = 0.45, Reason = "first-person commitment" };
            }
        }

        if (sentence.IsQuestion || words.Length - i < 3)
        {
            return null;
        }

        // "Need to update the roadmap", "Have to write my report now": the speaker's own note to self.
        if (words[i] is "need" or "have" or "got" && words[i + 1] == "to" && WorkStartRules.StartsWork(words, i + 2))
        {
            return new CommitmentMatch { Kind = CommitmentKind.Speaker, TaskStart = i + 2, CueStart = i, Confidence = 0.45, Reason = "first-person commitment" };
        }

        // "Sort of…", "Research has shown…", "Look at it": a noun or filler, or nothing said about what to do.
        if (!ImperativeVerbs.Contains(words[i]) || words[i + 1] is "of" or "has" or "shows" or "shown" or "is" or "was"
            || (words[i] is "look" && words[i + 1] is not ("into" or "for" or "at")) || (words[i] is "bring" && words[i + 1] is "on" or "it")
            || !WorkStartRules.StartsWork(words, i)
            || !words.Skip(i + 1).Any(ContentWords.IsContent))
        {
            return null;
        }

        please |= words.Skip(i).Contains("please");
        return new CommitmentMatch
        {
            Kind = CommitmentKind.Addressee,
            TaskStart = i,
            CueStart = i,
            Confidence = please ? 0.5 : 0.3,
            Reason = "instruction to the person addressed",
        };
    }
}
