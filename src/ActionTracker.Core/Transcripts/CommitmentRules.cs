namespace ActionTracker.Core.Transcripts;

/// <summary>
/// The commitment and assignment cues of spoken English, matched on a sentence's normalised words: first person
/// ("I'll", "I'm going to", "let me"), second person ("you'll", "can you", "I'd like you to"), a named person
/// ("Maria will", "let's have Tom", "ask Ann to"), "action item", requests for a volunteer and group intentions.
/// </summary>
internal static class CommitmentRules
{
    /// <summary>What follows a named person when a task is handed to them ("Maria will…", "Tom, can you…").</summary>
    private static readonly string[][] NamedModals =
    [
        ["will"], ["is", "going", "to"], ["is", "gonna"], ["gonna"], ["going", "to"], ["are", "going", "to"], ["are", "gonna"], ["need", "to"],
        ["have", "to"], ["can"], ["could"], ["should"], ["needs", "to"],
        ["has", "to"], ["is", "to"], ["will", "be"], ["to"], ["you'll"], ["you're", "gonna"], ["you're", "going", "to"],
        ["you", "will"], ["you", "can"], ["can", "you"], ["could", "you"], ["would", "you"], ["you", "have", "to"],
        ["you", "need", "to"], ["you", "should"], ["you", "could"], ["you"], ["would"], ["might"], ["please"], ["can", "you", "please"],
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
                if (!toldOutright && !WorkStartRules.StartsWork(words, taskStart))
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
            if (i == 0 && words[0] is "will" or "i'll" && words.Length > 3 && WorkStartRules.StartsWork(words, 1))
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

            // "You're the designers, you can decide…" says who someone is, it does not hand them a task.
            if (i > 1 && words[i - 1] is "the" && words[i - 2] is "you're" or "are" or "is" or "be" or "i'm" or "we're")
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
                if (!WorkStartRules.StartsWork(words, taskStart))
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
            if (!self && words[Math.Max(0, i - 1)] is "can" or "could" or "will" or "would" or "have" or "ask" or "get" or "let" && i > 0 && WorkStartRules.StartsWork(words, after))
            {
                return new CommitmentMatch { Kind = CommitmentKind.Named, TaskStart = after, CueStart = i - 1, Named = mention.Speaker, Confidence = 0.5, Reason = "request to a named person" };
            }

            // "I'd like Dana to present…", "I need Tom to check…", "I've asked Ann to…"
            if (!self && before is "like" or "want" or "need" or "asked" or "ask" or "get" or "got" && after < words.Length && words[after] == "to" && WorkStartRules.StartsWork(words, after + 1))
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

        // "Can JoeA wrap this up?": asked by a name the speaker labels do not know; whoever answers is asked.
        if (words[i - 1] is "can" or "could" or "will" or "would" && (i == 1 || sentence.Raw[i - 2].EndsWith(',') || words[i - 2] is "so" or "and" or "then" or "okay")
            && sentence.IsQuestion && WorkStartRules.StartsWork(words, i + 1))
        {
            return new CommitmentMatch { Kind = CommitmentKind.Addressee, TaskStart = i + 1, CueStart = i - 1, Confidence = 0.5, Reason = "request to a named person" };
        }

        int after = i + 1;
        while (after < words.Length && words[after] is "and" or "uh" or "um")
        {
            after++;
        }

        foreach (string[] modal in UnknownNameModals)
        {
            int length = MatchLength(words, after, modal);
            if (length > 0 && WorkStartRules.StartsWork(words, after + length))
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
}
