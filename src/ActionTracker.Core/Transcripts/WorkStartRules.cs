namespace ActionTracker.Core.Transcripts;

/// <summary>
/// Whether the words after a commitment cue start a piece of work to do after the meeting ("send the budget", "have the
/// draft ready by Friday") rather than talk within it ("show you", "go back to"), small talk or a negation.
/// </summary>
internal static class WorkStartRules
{
    /// <summary>Verbs after a cue that describe the meeting itself, not work to do afterwards ("I'll show you", "you can see").</summary>
    private static readonly HashSet<string> InMeetingVerbs = new(StringComparer.Ordinal)
    {
        "see", "say", "tell", "think", "guess", "mean", "hear", "imagine", "understand", "remember", "agree", "believe",
        "know", "wait", "suppose", "bet", "assume", "show", "explain", "present", "talk", "speak", "come", "stop",
        "repeat", "read", "click", "pass", "skip", "answer", "summarize", "summarise", "recap", "like", "use", "find",
        "be", "not", "never", "need", "want", "have", "get", "go", "move", "start", "open", "close", "leave", "add",
        "put", "take", "give", "do", "make", "try", "let", "just", "also", "still", "actually", "probably", "remind",
        "kick", "hand", "turn", "switch", "share", "draw", "write", "continue", "begin", "finish", "wrap", "presume",
        "reckon", "wonder", "doubt",
    };

    /// <summary>Verbs that, with the meeting as their object, run the meeting: "I'll close the meeting", "let's end this call".</summary>
    private static readonly HashSet<string> MeetingRunningVerbs = new(StringComparer.Ordinal)
    {
        "close", "end", "start", "open", "finish", "adjourn", "conclude", "wrap", "stop", "begin", "continue", "get",
    };

    /// <summary>Words that cannot start a task: a task starts with a verb, not "with a small battery".</summary>
    private static readonly HashSet<string> NotAVerb = new(StringComparer.Ordinal)
    {
        "with", "in", "at", "of", "from", "into",
    };

    /// <summary>Of the verbs above, those that are real work when more words follow ("I'll take care of the budget").</summary>
    private static readonly HashSet<string> WorkWhenObject = new(StringComparer.Ordinal)
    {
        "find", "have", "get", "add", "put", "take", "give", "do", "make", "try", "just", "also", "still", "actually",
        "probably", "share", "draw", "write", "continue", "begin", "finish", "wrap", "be", "go", "start", "need", "want",
        "use", "open", "close", "hand", "move", "remind", "let", "kick", "turn", "switch", "like",
    };

    private static readonly HashSet<string> Received = new(StringComparer.Ordinal)
    {
        "instructions", "instruction", "email", "emails", "e-mail", "e-mails", "message", "invite", "invitation",
        "notification", "used", "specific", "feedback", "information",
    };

    /// <summary>Irregular past forms: "Dana, you said…" reports, it does not assign.</summary>
    private static readonly HashSet<string> PastForms = new(StringComparer.Ordinal)
    {
        "said", "told", "thought", "meant", "had", "did", "was", "were", "saw", "made", "went", "came", "gave", "took", "knew", "brought", "wrote", "sent",
    };

    /// <summary>What "have a …" is when it is work: "have a look", "have a chat with legal".</summary>
    private static readonly HashSet<string> HadWork = new(StringComparer.Ordinal) { "look", "chat", "word", "call", "go", "think", "meeting", "conversation" };

    /// <summary>
    /// Moves within the meeting itself: "I'll go back to the chips", "I'll come to that later", "I'll get to that",
    /// "I'll move on", "I'll take a note", "I'll write that down" (but "I'll get back to you on pricing" is a follow-up).
    /// </summary>
    private static bool IsInMeetingMove(string[] words, int verb)
    {
        string next = verb + 1 < words.Length ? words[verb + 1] : string.Empty;
        string after = verb + 2 < words.Length ? words[verb + 2] : string.Empty;
        if (MeetingRunningVerbs.Contains(words[verb]) && AboutTheMeeting(words, verb + 1))
        {
            return true;
        }

        return words[verb] switch
        {
            "go" or "come" or "move" => next is "back" or "to" or "on" or "into" or "first" or "through" or "over",
            "call" => words.Skip(verb + 1).Take(5).Any(w => w is "close" or "day" or "end"),
            "get" => next is "to" || (next is "back" && !(after is "to" && verb + 3 < words.Length && words[verb + 3] is "you" or "them" or "him" or "her")),
            "take" or "make" => (next is "a" or "some") && after is "note" or "notes" || next is "notes" or "minutes",
            "write" => next is "down" || after is "down" || (verb + 3 < words.Length && words[verb + 3] is "down"),
            _ => false,
        };
    }

    /// <summary>"the meeting", "this call", "today's meeting", "this wrapped up" just after the verb.</summary>
    private static bool AboutTheMeeting(string[] words, int from)
    {
        for (int i = from; i < words.Length && i < from + 3; i++)
        {
            if (words[i] is "meeting" or "call" or "session")
            {
                return i > from && words[i - 1] is "the" or "this" or "today's" or "our";
            }
        }

        return false;
    }

    /// <summary>"I'll have the draft ready", "have an answer by Friday", "have it done by then": a promised result.</summary>
    private static bool HasResult(string[] words, int from)
    {
        for (int i = from; i < words.Length && i < from + 6; i++)
        {
            if (words[i] is "ready" or "done" or "finished" or "running" or "sorted" or "drafted" or "completed" or "by")
            {
                return i > from;
            }
        }

        return false;
    }

    /// <summary>Whether the words after a cue start a piece of work rather than small talk or a negation.</summary>
    public static bool StartsWork(string[] words, int start)
    {
        int i = start;
        // A repeated cue ("I'll I'll go back to…") is a restart: the work is what follows it.
        while (i < words.Length && words[i] is "um" or "uh" or "uhm" or "er" or "just" or "also" or "probably" or "then" or "definitely" or "all" or "um," or "still" or "i'll" or "will" or "you'll" or "we'll")
        {
            i++;
        }

        // "you will have to work on…", "Tom will need to check…": the work is the verb after the auxiliary.
        if (i + 2 < words.Length && words[i] is "have" or "need" or "got" && words[i + 1] == "to")
        {
            return StartsWork(words, i + 2);
        }

        if (i >= words.Length || words.Length - i < 2)
        {
            return false;
        }

        string verb = words[i];
        if (NotAVerb.Contains(verb))
        {
            return false;
        }

        if (verb is "not" or "never" or "n't" || verb.EndsWith("n't", StringComparison.Ordinal) || verb.EndsWith("ed", StringComparison.Ordinal) && verb != "need" || PastForms.Contains(verb))
        {
            return false;
        }

        // "I'll I'll go back to…": a restart; the cue is matched again where the speaker starts over.
        if ((verb == "you" && words[i + 1] == "know") || verb is "i'll" or "i" or "i'm" or "we'll" or "we" or "you'll")
        {
            return false;
        }

        if (verb is "come" or "go" && words[i + 1] is "up" or "through" or "over" or "ahead")
        {
            return true;
        }

        // "You'll get an email", "you will receive instructions": things that happen to people are no tasks.
        if (verb is "be" && (words[i + 1] is "getting" or "receiving" or "given" or "sent" or "told" || words[i + 1].EndsWith("ed", StringComparison.Ordinal))
            && !(words[i + 1] is "getting" && HasResult(words, i + 2)))
        {
            return false;
        }

        if (verb is "receive" or "hear" || (verb is "get" && words.Skip(i + 1).Take(3).Any(Received.Contains)))
        {
            return false;
        }

        // "have" is work only as "have a look/chat/word" or "have X ready/done by…" ("you will have thirty minutes" is not).
        if (verb is "have")
        {
            if (HasResult(words, i + 1))
            {
                return true;
            }

            int article = i + 1;
            while (article < words.Length - 1 && words[article] is "um" or "uh" or "er")
            {
                article++;
            }

            // "have a closer look", "have a quick word": one word may describe it.
            int noun = article + 1 < words.Length && !HadWork.Contains(words[article + 1]) ? article + 2 : article + 1;
            return words[article] is "a" && noun < words.Length && HadWork.Contains(words[noun]);
        }

        if (IsInMeetingMove(words, i))
        {
            return false;
        }

        if (verb is "tell" && i + 2 < words.Length && words[i + 1] is not ("you" or "us" or "me" or "everyone" or "everybody" or "all" or "a" or "what" or "how" or "why"))
        {
            return true;
        }

        // "think about the pricing", "think through the options": something to work out before the next meeting.
        if (verb is "think" && words[i + 1] is "about" or "through" or "over" && i + 3 < words.Length && !(words[i + 2] is "it" or "that" or "this" && i + 4 >= words.Length))
        {
            return true;
        }

        if (InMeetingVerbs.Contains(verb))
        {
            return WorkWhenObject.Contains(verb) && words.Length - i >= 4;
        }

        return true;
    }
}
