namespace ActionTracker.Core.Transcripts;

/// <summary>
/// The commitment and assignment cues of spoken English, matched on a sentence's normalised words: first person
/// ("I'll", "I'm going to", "let me"), second person ("you'll", "can you", "I'd like you to"), a named person
/// ("Maria will", "let's have Tom", "ask Ann to"), "action item", requests for a volunteer and group intentions.
/// </summary>
internal static class CommitmentRules
{
    /// <summary>Verbs after a cue that describe the meeting itself, not work to do afterwards ("I'll show you", "you can see").</summary>
    private static readonly HashSet<string> InMeetingVerbs = new(StringComparer.Ordinal)
    {
        "see", "say", "tell", "think", "guess", "mean", "hear", "imagine", "understand", "remember", "agree", "believe",
        "know", "wait", "suppose", "bet", "assume", "show", "explain", "present", "talk", "speak", "come", "stop",
        "repeat", "read", "click", "pass", "skip", "answer", "summarize", "summarise", "recap", "like", "use", "find",
        "be", "not", "never", "need", "want", "have", "get", "go", "move", "start", "open", "close", "leave", "add",
        "put", "take", "give", "do", "make", "try", "let", "just", "also", "still", "actually", "probably", "remind",
        "kick", "hand", "turn", "switch", "share", "draw", "write", "continue", "begin", "finish", "wrap",
    };

    /// <summary>Of the verbs above, those that are real work when more words follow ("I'll take care of the budget").</summary>
    private static readonly HashSet<string> WorkWhenObject = new(StringComparer.Ordinal)
    {
        "find", "have", "get", "add", "put", "take", "give", "do", "make", "try", "just", "also", "still", "actually",
        "probably", "share", "draw", "write", "continue", "begin", "finish", "wrap", "be", "go", "start", "need", "want",
        "use", "open", "close", "hand", "move", "remind", "let", "kick", "turn", "switch", "like",
    };

    /// <summary>What follows a named person when a task is handed to them ("Maria will…", "Tom, can you…").</summary>
    private static readonly string[][] NamedModals =
    [
        ["will"], ["is", "going", "to"], ["is", "gonna"], ["gonna"], ["going", "to"], ["are", "going", "to"], ["are", "gonna"], ["need", "to"],
        ["have", "to"], ["can"], ["could"], ["should"], ["needs", "to"],
        ["has", "to"], ["is", "to"], ["will", "be"], ["to"], ["you'll"], ["you're", "gonna"], ["you're", "going", "to"],
        ["you", "will"], ["you", "can"], ["can", "you"], ["could", "you"], ["would", "you"], ["you", "have", "to"],
        ["you", "need", "to"], ["you", "should"], ["you"], ["would"], ["might"], ["please"], ["can", "you", "please"],
        ["could", "you", "please"], ["would", "you", "mind"],
    ];

    /// <summary>Longest first, so "can you" wins over "can" ("Maria, can you schedule…" is "schedule…", not "you schedule…").</summary>
    private static readonly string[][] NamedModalsLongestFirst = [.. NamedModals.OrderByDescending(m => m.Length)];

    private static readonly string[][] UnknownNameModals =
    [
        ["will"], ["is", "going", "to"], ["is", "gonna"], ["should"], ["you'll"], ["you're", "gonna"], ["you're", "going", "to"],
        ["you", "will"], ["can", "you"], ["could", "you"], ["to"],
    ];

    /// <summary>The patterns by their first word, so each word is compared only with the patterns it can start.</summary>
    private static readonly Dictionary<string, (string[] Pattern, CommitmentKind Kind, double Confidence, string Reason)[]> PatternsByFirstWord =
        CommitmentPatterns.All.GroupBy(p => p.Pattern[0], StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);

    /// <summary>Capitalised words that start or fill sentences and are never a person's name.</summary>
    private static readonly HashSet<string> NotNames = new(StringComparer.Ordinal)
    {
        "i", "i'm", "i'll", "i'd", "i've", "okay", "ok", "so", "and", "but", "the", "um", "uh", "yeah", "yes", "no", "we",
        "you", "it", "that", "this", "then", "well", "what", "which", "who", "how", "why", "when", "where", "there",
        "they", "he", "she", "everyone", "everybody", "someone", "somebody", "nobody", "anyone", "team", "group",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march",
        "april", "may", "june", "july", "august", "september", "october", "november", "december", "lcd", "tv", "pdf",
        "google", "microsoft", "apple", "and", "or", "if", "because", "mm", "hmm", "oh", "alright", "right", "sure",
        "maybe", "also", "just", "now", "here", "all", "both", "one", "two", "three", "first", "next", "last",
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

    /// <summary>Verbs of the meeting itself that are work when someone is told outright to do them: "I need you to present the results".</summary>
    private static readonly HashSet<string> WorkWhenAsked = new(StringComparer.Ordinal) { "tell", "present", "explain", "show", "summarize", "summarise", "find", "write", "draw", "share", "think" };

    private static readonly string[] GroupWords = ["two", "guys", "both", "all", "each", "three"];

    /// <summary>Whether a capitalised word is a filler, pronoun, weekday or the like rather than a person's first name.</summary>
    public static bool IsNeverName(string word) => NotNames.Contains(word);

    /// <summary>The first commitment cue in the sentence at or after word <paramref name="from"/>, or null.</summary>
    public static CommitmentMatch? Find(TranscriptSentence sentence, SpeakerDirectory speakers, int from = 0)
    {
        string[] words = sentence.Words;
        List<SpeakerMention> mentions = speakers.FindMentions(words);
        bool actionItem = from == 0 && (words.Contains("todo") || words.Contains("to-do") || words.AsSpan().IndexOf(["action", "item"]) >= 0 || words.AsSpan().IndexOf(["action", "items"]) >= 0);
        foreach (SpeakerMention mention in actionItem ? [] : mentions)
        {
            if (mention.Index >= from && MatchNamed(words, mention.Index, mentions, sentence.Speaker) is { } named)
            {
                return named;
            }
        }

        for (int i = from; i < words.Length; i++)
        {
            if (!PatternsByFirstWord.TryGetValue(words[i], out (string[] Pattern, CommitmentKind Kind, double Confidence, string Reason)[]? candidates))
            {
                candidates = [];
            }

            foreach ((string[] pattern, CommitmentKind kind, double confidence, string reason) in candidates)
            {
                int length = MatchLength(words, i, pattern);
                if (length == 0)
                {
                    continue;
                }

                int taskStart = i + length;
                if (kind == CommitmentKind.Named)
                {
                    // "Action item: Maria to send…", "action item for me".
                    SpeakerMention? who = mentions.FirstOrDefault(m => m.Index >= taskStart) is { Length: > 0 } m ? m : null;
                    bool forMe = words.Skip(taskStart).Take(3).Contains("me");
                    int start = who is { } w && w.Index <= taskStart + 2 ? w.Index + w.Length : taskStart;
                    while (start < words.Length && words[start] is "for" or "me" or "to" or "is" or "will" or "should")
                    {
                        start++;
                    }

                    return new CommitmentMatch
                    {
                        Kind = who is null && forMe ? CommitmentKind.Speaker : CommitmentKind.Named,
                        CueStart = i,
                        TaskStart = start,
                        Named = who?.Speaker,
                        Confidence = confidence,
                        Reason = reason,
                    };
                }

                bool toldOutright = kind == CommitmentKind.Addressee && confidence >= 0.6 && taskStart + 2 < words.Length && WorkWhenAsked.Contains(words[taskStart]);
                if (!toldOutright && !StartsWork(words, taskStart))
                {
                    continue;
                }

                return new CommitmentMatch { Kind = kind, TaskStart = taskStart, CueStart = i, Confidence = confidence, Reason = reason };
            }

            if (MatchUnknownName(sentence, i) is { } unknown)
            {
                return unknown;
            }

            if (MatchBareYou(sentence, i) is { } bare)
            {
                return bare;
            }

            // Scribe minutes drop the subject: "Will bring up the subject with Manu".
            if (i == 0 && words[0] is "will" or "i'll" && words.Length > 3 && StartsWork(words, 1))
            {
                return new CommitmentMatch { Kind = CommitmentKind.Speaker, TaskStart = 1, CueStart = 0, Confidence = 0.5, Reason = "first-person commitment" };
            }
        }

        return ImplicitCueRules.Find(sentence, from);
    }

    /// <summary>"Maria will…", "Maria, can you…", "let's have Tom…", "ask Ann to…", "can Maria…", "the designer is going to…".</summary>
    private static CommitmentMatch? MatchNamed(string[] words, int i, List<SpeakerMention> mentions, string? speaker)
    {
        foreach (SpeakerMention mention in mentions)
        {
            // "work on user interface, and you…": a name after a preposition is what the work is about, not who does it.
            if (mention.Index != i || (i > 0 && words[i - 1] is "on" or "about" or "with" or "at" or "of" or "in" or "into" or "from" or "for" or "to" or "by"))
            {
                continue;
            }

            // "the designer will…" said by the designer: people name their own role too, but do not call on themselves.
            bool self = mention.Speaker.Equals(speaker, StringComparison.OrdinalIgnoreCase);

            int after = i + mention.Length;
            while (after < words.Length && words[after] is "and" or "uh" or "um" or "then" or "over" or "here" or "also" or "too")
            {
                after++;
            }

            foreach (string[] modal in NamedModalsLongestFirst)
            {
                int length = MatchLength(words, after, modal);
                if (length == 0 || (self && (modal.Contains("you") || modal.Contains("you'll") || modal.Contains("you're") || modal[0] is "to")))
                {
                    continue;
                }

                int taskStart = after + length;
                if (!StartsWork(words, taskStart))
                {
                    continue;
                }

                // "Maria could look at…" suggests; "Maria, could you look at…?" asks.
                bool asks = modal is ["could", "you", ..] or ["would", "you", "mind"];
                double confidence = modal[0] is "would" or "might" or "could" && !asks ? 0.4 : 0.6;
                return new CommitmentMatch { Kind = CommitmentKind.Named, TaskStart = taskStart, CueStart = i, Named = mention.Speaker, Confidence = confidence, Reason = "task for a named person" };
            }

            // "can Maria take…", "let's have Tom check…", "ask Ann to…", "I'll ask the designer to…"
            string before = i > 0 && words[i - 1] is "the" && i > 1 ? words[i - 2] : i > 0 ? words[i - 1] : string.Empty;
            if (!self && words[Math.Max(0, i - 1)] is "can" or "could" or "will" or "would" or "have" or "ask" or "get" or "let" && i > 0 && StartsWork(words, after))
            {
                return new CommitmentMatch { Kind = CommitmentKind.Named, TaskStart = after, CueStart = i - 1, Named = mention.Speaker, Confidence = 0.5, Reason = "request to a named person" };
            }

            // "I'd like Dana to present…", "I need Tom to check…", "I've asked Ann to…"
            if (!self && before is "like" or "want" or "need" or "asked" or "ask" or "get" or "got" && after < words.Length && words[after] == "to" && StartsWork(words, after + 1))
            {
                return new CommitmentMatch { Kind = CommitmentKind.Named, TaskStart = after + 1, CueStart = i - 1, Named = mention.Speaker, Confidence = 0.6, Reason = "request to a named person" };
            }
        }

        return null;
    }

    /// <summary>
    /// "…for the next meeting Kate will be looking at…": a capitalised word that is no speaker's name, followed by a
    /// modal, names a participant by first name; who that is is left to the addressee resolution.
    /// </summary>
    private static CommitmentMatch? MatchUnknownName(TranscriptSentence sentence, int i)
    {
        string raw = sentence.Raw[i];
        string word = sentence.Words[i];
        if (i == 0 || raw.Length < 3 || !char.IsUpper(raw[0]) || !word.All(char.IsLetter) || NotNames.Contains(word))
        {
            return null;
        }

        string[] words = sentence.Words;
        int after = i + 1;
        while (after < words.Length && words[after] is "and" or "uh" or "um")
        {
            after++;
        }

        foreach (string[] modal in UnknownNameModals)
        {
            int length = MatchLength(words, after, modal);
            if (length > 0 && StartsWork(words, after + length))
            {
                return new CommitmentMatch { Kind = CommitmentKind.Addressee, TaskStart = after + length, CueStart = i, Confidence = 0.5, Reason = "task for a named person" };
            }
        }

        return null;
    }

    /// <summary>"…and you work on the components", "you're watching trends": a task handed out without a modal.</summary>
    private static CommitmentMatch? MatchBareYou(TranscriptSentence sentence, int i)
    {
        string[] words = sentence.Words;
        bool called = i > 0 && IsCalled(sentence, i - 1);
        bool clauseStart = i > 0 && (sentence.Raw[i - 1].EndsWith(',') || words[i - 1] is "and" or "so" or "then" or "now" or "um" or "uh" or "okay" or "right" or "basically" or "but");
        if (i + 2 >= words.Length || (i > 0 && !called && !clauseStart))
        {
            return null;
        }

        bool bare = words[i] == "you" && Signals.IsWorkVerb(words[i + 1]) && words[i + 1] is not ("think" or "know" or "get" or "take" or "do" or "make" or "put" or "come" or "call" or "ask" or "open" or "set" or "bring");
        bool progressive = words[i] == "you're" && words[i + 1].EndsWith("ing", StringComparison.Ordinal) && Signals.IsWorkVerb(TaskPhraseBuilder.BaseForm(words[i + 1]));
        return bare || progressive
            ? new CommitmentMatch { Kind = CommitmentKind.Addressee, TaskStart = i + 1, CueStart = called ? i - 1 : i, Confidence = called ? 0.5 : 0.4, Reason = "assignment to the person addressed" }
            : null;
    }

    /// <summary>"Ryan, you work on…": a first name called out just before "you".</summary>
    private static bool IsCalled(TranscriptSentence sentence, int i)
    {
        string raw = sentence.Raw[i].TrimEnd(',');
        return raw.Length >= 3 && char.IsUpper(raw[0]) && raw.Skip(1).All(char.IsLower) && !NotNames.Contains(sentence.Words[i]);
    }

    /// <summary>
    /// Moves within the meeting itself: "I'll go back to the chips", "I'll come to that later", "I'll get to that",
    /// "I'll move on", "I'll take a note", "I'll write that down" (but "I'll get back to you on pricing" is a follow-up).
    /// </summary>
    private static bool IsInMeetingMove(string[] words, int verb)
    {
        string next = verb + 1 < words.Length ? words[verb + 1] : string.Empty;
        string after = verb + 2 < words.Length ? words[verb + 2] : string.Empty;
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

    /// <summary>Pattern length in words when it matches at <paramref name="index"/> ("you two will" matches "you will"), else 0.</summary>
    private static int MatchLength(string[] words, int index, string[] pattern)
    {
        int w = index;
        foreach (string part in pattern)
        {
            if (w >= words.Length || words[w] != part)
            {
                return 0;
            }

            w++;
            if (part == "you" && w < words.Length && GroupWords.Contains(words[w]))
            {
                w++;
            }
        }

        return w - index;
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
        if (verb is "be" && (words[i + 1] is "getting" or "receiving" or "given" or "sent" or "told" || words[i + 1].EndsWith("ed", StringComparison.Ordinal)))
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
