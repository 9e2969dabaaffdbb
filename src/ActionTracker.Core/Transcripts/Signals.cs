namespace ActionTracker.Core.Transcripts;

/// <summary>What makes a commitment cue more or less likely to be a real follow-up.</summary>
internal static class Signals
{
    private static readonly HashSet<string> WorkVerbs = new(StringComparer.Ordinal)
    {
        "work", "look", "send", "prepare", "write", "check", "find", "research", "create", "update", "email", "e-mail",
        "mail", "follow", "review", "investigate", "draft", "share", "schedule", "set", "organize", "organise", "contact",
        "ping", "call", "ask", "fix", "build", "design", "make", "think", "put", "compile", "circulate", "post", "upload",
        "finish", "complete", "bring", "get", "figure", "explore", "evaluate", "test", "sort", "arrange", "book",
        "talk", "reach", "coordinate", "handle", "take", "do", "come", "collect", "gather", "produce", "summarize",
        "summarise", "document", "open", "file", "raise", "merge", "resolve", "address", "propose", "present", "add",
        "provide", "track", "announce", "fill", "define", "analyse", "analyze", "watch", "plan", "implement", "deploy",
        "publish", "notify", "inform", "tell", "remove", "change", "edit", "revise", "clean", "model", "estimate", "confirm",
    };

    private static readonly string[][] FutureMarkers =
    [
        ["next", "meeting"], ["next", "time"], ["in", "the", "meantime"], ["after", "the", "meeting"], ["after", "this"],
        ["for", "next"], ["by", "next"], ["before", "next"], ["before", "the", "next"], ["tomorrow"], ["next", "week"],
        ["offline"], ["follow", "up"], ["afterwards"], ["homework"], ["assignment"], ["by", "the", "end"], ["this", "week"],
        ["by", "friday"], ["by", "monday"], ["later"], ["individual", "work"], ["between", "now"], ["today"], ["end", "of", "day"],
        ["before", "the", "call"], ["after", "the", "call"], ["after", "standup"], ["after", "the", "standup"],
    ];

    private const int ShortMeetingCues = 20;

    private static readonly HashSet<string> VagueObjects = new(StringComparer.Ordinal) { "it", "that", "this", "them", "those", "these", "something", "stuff" };

    public static bool IsWorkVerb(string word) => WorkVerbs.Contains(word);

    /// <summary>What opens a wrap-up: the tasks handed out in the sentences after it are the meeting's follow-ups.</summary>
    private static readonly string[][] WrapUpMarkers =
    [
        ["next", "meeting"], ["wrap", "up"], ["wrap", "it", "up"], ["wrap", "this", "up"], ["to", "conclude"], ["action", "items"],
        ["next", "steps"], ["to", "sum", "up"], ["summing", "up"], ["to", "summarize"], ["to", "summarise"], ["recap"],
        ["homework"], ["individual", "work"], ["before", "we", "finish"], ["before", "we", "close"], ["that's", "it", "for", "today"],
        ["for", "next", "time"], ["follow-ups"], ["follow", "ups"], ["take-aways"], ["takeaways"],
    ];

    /// <summary>The wrap-up markers by their first word: most words start none, and are passed over with one lookup.</summary>
    private static readonly Dictionary<string, string[][]> WrapUpMarkersByFirstWord =
        WrapUpMarkers.GroupBy(m => m[0], StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);

    /// <summary>How many sentences after a wrap-up marker still belong to the wrap-up.</summary>
    private const int WrapUpReach = 8;

    /// <summary>Per sentence, whether it is in a wrap-up: a marker in it or in the few sentences before (one pass).</summary>
    public static bool[] WrapUps(List<TranscriptSentence> sentences)
    {
        var wrapUp = new bool[sentences.Count];
        int last = int.MinValue / 2;
        for (int s = 0; s < sentences.Count; s++)
        {
            if (HasAny(sentences[s].Words, WrapUpMarkersByFirstWord))
            {
                last = s;
            }

            wrapUp[s] = s - last <= WrapUpReach;
        }

        return wrapUp;
    }

    public static double Adjust(TranscriptSentence sentence, string task, CommitmentMatch match, bool inWrapUp = false)
    {
        double delta = inWrapUp ? 0.1 : 0;
        if (sentence.MeetingCues < ShortMeetingCues)
        {
            // In a short excerpt the position in it says nothing.
        }
        else if (sentence.Position >= 0.95)
        {
            // Follow-ups are handed out in the last minutes, most of them in the very last ones.
            delta += 0.3;
        }
        else if (sentence.Position >= 0.85)
        {
            delta += 0.2;
        }
        else if (sentence.Position >= 0.75)
        {
            delta += 0.1;
        }
        else if (sentence.Position < 0.1)
        {
            delta -= 0.1;
        }

        bool future = HasAny(sentence.Words, FutureMarkers) || HasDeadline(sentence.Words);
        if (future)
        {
            delta += 0.15;
        }
        else if (match.Confidence < 0.45 && sentence.Position < 0.75)
        {
            // "you can…", "you have to…" mid-meeting are mostly the generic you.
            delta -= 0.15;
        }
        else if (match.Confidence < 0.45 && !inWrapUp)
        {
            delta -= 0.1;
        }

        foreach (string word in TaskWords(task))
        {
            if (word is "now" or "here" or "board" or "whiteboard" or "pen" or "screen" or "mouse" or "again" or "minute" or "slide" or "microphone" or "microphones")
            {
                delta -= 0.15;
                break;
            }
        }

        string[] taskWords = task.Split(' ');
        string verb = TranscriptSentenceSplitter.Normalize(taskWords[0]);
        // A listed noun phrase ("Tom, the slides") becomes "Work on the slides": work as much as one with a work verb.
        // "Let our sponsor know" tells someone outside the meeting, as "tell" does.
        bool letKnow = verb is "let" && taskWords.Length >= 3 && TranscriptSentenceSplitter.Normalize(taskWords[^1]) is "know"
            && TranscriptSentenceSplitter.Normalize(taskWords[1]) is not ("you" or "me" or "us" or "everyone" or "everybody");
        if (WorkVerbs.Contains(verb) || letKnow || match.Reason == AssignmentListRules.Reason)
        {
            delta += 0.1;
        }

        // "Let's move the board prep to Thursday": someone has to send the new invite.
        if (verb is "move" or "reschedule" or "postpone" or "push" && IsRescheduling(sentence.Words))
        {
            delta += 0.5;
        }

        if (taskWords.Length < 3)
        {
            delta -= 0.15;
        }
        else if (!future && IsVague(task))
        {
            // "Hold it down", "Do that in thirty minutes": what "it" is was said before; mostly talk about the thing at hand.
            delta -= 0.15;
        }

        if (sentence.IsQuestion && match.Kind is CommitmentKind.Speaker or CommitmentKind.Group)
        {
            delta -= 0.2;
        }

        int cue = Array.FindIndex(sentence.Words, w => w is "if" or "whether");
        if (cue >= 0 && cue < match.TaskStart)
        {
            delta -= 0.2;
        }

        return delta;
    }

    /// <summary>A short task whose object is a pronoun ("Set them up tomorrow"): what it is about was said before.</summary>
    public static bool IsVague(string task)
    {
        string[] words = task.Split(' ');
        if (words.Length < 2 || !VagueObjects.Contains(TranscriptSentenceSplitter.Normalize(words[1])))
        {
            return false;
        }

        // "Do it the day after she sends me the palette", "Do that once the contract is signed": only when is new.
        if (words.Length > 2 && IsWhen(words, 2))
        {
            return true;
        }

        if (words.Length > 5)
        {
            return false;
        }

        // "Send them the incident report": the pronoun is who gets it; what is sent is named.
        return !(words.Length > 3 && TranscriptSentenceSplitter.Normalize(words[2]) is "the" or "a" or "an" or "our" or "my" or "your" or "their" or "some"
            && TranscriptSentenceSplitter.Normalize(words[^1]) is not ("one" or "try" or "go" or "shot" or "look" or "bit"));
    }

    private static bool IsWeekday(string word) => word is "monday" or "tuesday" or "wednesday" or "thursday" or "friday" or "saturday" or "sunday";

    /// <summary>"…to Thursday", "…to next week", "…to the 15th": moved to another day.</summary>
    private static bool IsRescheduling(string[] words)
    {
        for (int i = 0; i + 1 < words.Length; i++)
        {
            string next = words[i + 1] is "the" && i + 2 < words.Length ? words[i + 2] : words[i + 1];
            if (words[i] is "to" or "until" && (IsWeekday(next) || next is "next" or "tomorrow" || (next.Length > 1 && char.IsDigit(next[0]))))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a time phrase starts at word <paramref name="i"/>: "after…", "once…", "tomorrow", "the day after…".</summary>
    private static bool IsWhen(string[] words, int i)
    {
        string word = TranscriptSentenceSplitter.Normalize(words[i]);
        string next = i + 1 < words.Length ? TranscriptSentenceSplitter.Normalize(words[i + 1]) : string.Empty;
        return word is "after" or "once" or "when" or "tomorrow" or "today" or "tonight" or "later" or "asap" or "afterwards" or "first"
            || (word is "the" or "this" or "next" && next is "day" or "week" or "morning" or "afternoon" or "evening" or "end" or "moment")
            || (word is "right" or "straight" && next is "after" or "away");
    }

    /// <summary>"before Thursday", "by the 15th", "until end of month", "this afternoon": a deadline makes a follow-up.</summary>
    private static bool HasDeadline(string[] words)
    {
        for (int i = 0; i + 1 < words.Length; i++)
        {
            if (words[i] is "by" or "before" or "until" or "till" or "due" or "on" or "this" or "next")
            {
                string next = words[i + 1] is "the" or "end" && i + 2 < words.Length ? words[i + 2] : words[i + 1];
                if (IsWeekday(next) || next is "afternoon"
                    or "evening" or "tonight" or "eod" or "eow" or "month" or "quarter" or "weekend" or "end" or "of"
                    || (next.Length > 2 && char.IsDigit(next[0])))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static IEnumerable<string> TaskWords(string task) => task.Split(' ').Select(TranscriptSentenceSplitter.Normalize);

    private static bool HasAny(string[] words, Dictionary<string, string[][]> phrasesByFirstWord)
    {
        for (int i = 0; i < words.Length; i++)
        {
            if (!phrasesByFirstWord.TryGetValue(words[i], out string[][]? phrases))
            {
                continue;
            }

            foreach (string[] phrase in phrases)
            {
                if (i + phrase.Length <= words.Length && phrase.AsSpan().SequenceEqual(words.AsSpan(i, phrase.Length)))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool HasAny(string[] words, string[][] phrases)
    {
        for (int i = 0; i < words.Length; i++)
        {
            foreach (string[] phrase in phrases)
            {
                if (i + phrase.Length <= words.Length && phrase.AsSpan().SequenceEqual(words.AsSpan(i, phrase.Length)))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
