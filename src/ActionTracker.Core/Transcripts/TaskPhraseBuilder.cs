namespace ActionTracker.Core.Transcripts;

/// <summary>
/// Turns the words after a commitment cue into a short imperative phrase: "I'll make sure to um send the budget to
/// finance by Friday, because…" → "Send the budget to finance". Fillers, hedges and the date go; progressive forms
/// become the base verb ("be working on" → "work on").
/// </summary>
internal static class TaskPhraseBuilder
{
    public const int MaxWords = 12;

    private static readonly HashSet<string> Fillers = new(StringComparer.Ordinal)
    {
        "um", "uh", "uhm", "er", "erm", "hmm", "mm", "mm-hmm", "ah", "eh", "oh", "okay", "ok", "so", "well", "like",
        "just", "also", "probably", "basically", "actually", "really", "definitely", "maybe", "perhaps", "then",
        "still", "now", "all", "both", "guys", "two", "each", "certainly", "quickly", "please", "first", "again",
        "kindly", "gonna", "to", "and",
    };

    private static readonly HashSet<string> ClauseBreaks = new(StringComparer.Ordinal)
    {
        "because", "cause", "'cause", "since", "but", "if", "when", "whereas", "although", "though", "unless", "while",
        "so", "cos", "which", "whatever", "yeah", "okay", "right", "alright", "once",
    };

    private static readonly HashSet<string> PronounObjects = new(StringComparer.Ordinal)
    {
        "it", "that", "this", "those", "these", "them", "one", "so", "too", "there", "that's", "it's",
    };

    /// <summary>
    /// The phrase, or null when the words say nothing of their own ("do that", "take it"): the task is then in what was
    /// said before.
    /// </summary>
    public static string? Build(string[] raw, string[] words, int start, int end = -1)
    {
        int stop = end < 0 ? words.Length : Math.Min(end, words.Length);
        var picked = new List<string>(MaxWords);
        bool leading = true;
        for (int i = start; i < stop && picked.Count < MaxWords; i++)
        {
            string word = words[i];
            if (word.Length == 0)
            {
                continue;
            }

            if (leading)
            {
                if (Fillers.Contains(word) || (word == "you" && i + 1 < stop && words[i + 1] == "know") || (word == "know" && i > 0 && words[i - 1] == "you"))
                {
                    continue;
                }

                string next = i + 1 < stop ? words[i + 1] : string.Empty;
                bool auxiliary = word switch
                {
                    "have" or "need" or "want" or "got" or "going" or "able" or "try" or "trying" => next is "to" or "and",
                    "be" => next.EndsWith("ing", StringComparison.Ordinal) || next is "able" or "sure",
                    "start" or "continue" or "keep" or "mind" => next.EndsWith("ing", StringComparison.Ordinal),
                    "do" => next is "is",
                    "is" => true,

                    // A restart or an auxiliary left at the front: "will work on…", "are going to…", "you'll you'll…".
                    "will" or "would" or "are" or "i'll" or "you'll" or "we'll" or "could" or "can" or "should" => true,

                    // A false start: "you could s find out…".
                    _ when word.Length == 1 && word is not "a" && char.IsLetter(word[0]) && next.Length > 1 => true,
                    _ => false,
                };
                if (auxiliary)
                {
                    continue;
                }

                if (word is "make" && i + 1 < stop && words[i + 1] is "sure")
                {
                    i += i + 2 < stop && words[i + 2] is "to" or "that" or "we" or "i" ? 2 : 1;
                    continue;
                }

                if (word is "go" && i + 2 < stop && words[i + 1] is "ahead" && words[i + 2] is "and")
                {
                    i += 2;
                    continue;
                }

                leading = false;
                picked.Add(BaseForm(word));
                continue;
            }

            // A new subject starts a new clause, often a restart: "put it I'll put them there".
            // ("look into whether we can…" goes on: the subject belongs to the question the task is about.)
            if (picked.Count >= 2 && word is "i" or "i'll" or "i'm" or "i've" or "we" or "we'll" or "we're" or "he'll" or "she'll" or "they'll"
                && words[i - 1] is not ("whether" or "if" or "how" or "what" or "why" or "where" or "when" or "which"))
            {
                break;
            }

            if (picked.Count >= 3 && (ClauseBreaks.Contains(word) || DateStarts(words, i)))
            {
                break;
            }

            if (word is "um" or "uh" or "uhm" or "er" or "erm" || (word == "you" && i + 1 < stop && words[i + 1] == "know") || (word == "know" && words[i - 1] == "you"))
            {
                continue;
            }

            picked.Add(StripTrailing(raw[i]));
            if (raw[i].EndsWith(',') && picked.Count >= 4)
            {
                break;
            }
        }

        while (picked.Count > 0 && (Fillers.Contains(TranscriptSentenceSplitter.Normalize(picked[^1])) || TranscriptSentenceSplitter.Normalize(picked[^1]) is "the" or "a" or "an" or "of" or "for" or "with" or "on" or "by" or "in" or "at" or "my" or "your" or "our" or "their" or "today" or "tonight" or "tomorrow"))
        {
            picked.RemoveAt(picked.Count - 1);
        }

        if (picked.Count == 0 || picked.Skip(1).All(w => PronounObjects.Contains(TranscriptSentenceSplitter.Normalize(w))))
        {
            return null;
        }

        string phrase = string.Join(' ', picked).Trim();
        return phrase.Length == 0 ? null : char.ToUpperInvariant(phrase[0]) + phrase[1..];
    }

    /// <summary>A phrase that is no task once built: spelled out letter by letter ("S t a ch"), or doing nothing.</summary>
    public static bool IsGarbled(string task)
    {
        string[] words = task.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(TranscriptSentenceSplitter.Normalize).ToArray();
        return (words.Length > 1 && words[1] is "nothing") || words.Count(w => w.Length == 1 && w is not ("a" or "i")) >= 2;
    }

    /// <summary>"working" → "work", "making" → "make", "getting" → "get"; other words as they are.</summary>
    public static string BaseForm(string word)
    {
        if (word.Length <= 5 || !word.EndsWith("ing", StringComparison.Ordinal))
        {
            return word;
        }

        string stem = word[..^3];
        // "getting" → "get", but "adding" keeps its "dd".
        if (stem.Length >= 4 && stem[^1] == stem[^2] && stem[^1] is 't' or 'p' or 'g' or 'n' or 'm' or 'd' or 'b')
        {
            return stem[..^1];
        }

        // "making", "preparing", "writing": a consonant after a single vowel that is not a double-vowel usually lost an e.
        bool lostE = stem.Length >= 3 && IsConsonant(stem[^1]) && !IsConsonant(stem[^2]) && IsConsonant(stem[^3]) && stem[^1] is not ('w' or 'x' or 'y')
            && stem[^1] is 'k' or 'r' or 't' or 'v' or 'z' or 'c' or 's' && !stem.EndsWith("ort", StringComparison.Ordinal);
        return lostE ? stem + "e" : stem;
    }

    private static bool IsConsonant(char c) => char.IsLetter(c) && c is not ('a' or 'e' or 'i' or 'o' or 'u');

    private static string StripTrailing(string word) => word.TrimEnd(',', ';', ':', '.', '?', '!');

    private static bool DateStarts(string[] words, int i) =>
        words[i] is "by" or "before" or "until" or "till" or "due" && i + 1 < words.Length
        && words[i + 1] is "monday" or "tuesday" or "wednesday" or "thursday" or "friday" or "saturday" or "sunday" or "tomorrow"
            or "tonight" or "today" or "eod" or "eow" or "end" or "next" or "the" or "this";
}
