namespace ActionTracker.Core.Transcripts;

/// <summary>
/// Finds the meeting's speakers named in speech: the full name ("Maria Garcia", "Project Manager"), a distinctive
/// first or last word ("Maria", "Garcia", "marketing"), or the initials of a multi-word name ("PM", "UID").
/// Words that are ordinary vocabulary ("user", "project", "manager") never name a speaker on their own.
/// </summary>
internal sealed class SpeakerDirectory
{
    private static readonly HashSet<string> CommonWords = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "and", "of", "for", "to", "in", "on", "at", "by", "or", "is", "it", "be", "me", "us", "we",
        "am", "as", "do", "go", "he", "if", "no", "so", "up", "hi", "ok", "mr", "mrs", "ms", "dr",
        "user", "project", "team", "product", "meeting", "design", "new", "general", "data", "sales", "program",
        "technical", "customer", "support", "head", "chief", "senior", "lead", "manager", "expert", "designer",
        "engineer", "owner", "member", "guest", "speaker", "unknown", "will", "may", "can", "mark", "bill", "april",
        "june", "rose", "grace", "joy", "hope", "faith", "art", "sue", "pat", "guy", "man", "page", "ray", "sky",
        "chair", "scribe", "host", "all", "everyone", "you",
    };

    private readonly List<(string[] Words, string Speaker)> _forms = [];

    public SpeakerDirectory(IReadOnlyList<string> speakers)
    {
        Speakers = speakers;
        var firstWords = new Dictionary<string, int>(StringComparer.Ordinal);
        var lastWords = new Dictionary<string, int>(StringComparer.Ordinal);
        List<string[]> names = speakers.Select(NameWords).ToList();
        foreach (string[] words in names.Where(w => w.Length > 0))
        {
            firstWords[words[0]] = firstWords.GetValueOrDefault(words[0]) + 1;
            lastWords[words[^1]] = lastWords.GetValueOrDefault(words[^1]) + 1;
        }

        for (int s = 0; s < speakers.Count; s++)
        {
            string[] words = names[s];
            if (words.Length == 0)
            {
                continue;
            }

            _forms.Add((words, speakers[s]));
            if (words.Length >= 3)
            {
                _forms.Add((words[..2], speakers[s]));

                // "the interface designer" for the User Interface Designer, unless another name ends the same way.
                if (names.Count(n => n.Length >= 2 && n[^2] == words[^2] && n[^1] == words[^1]) == 1)
                {
                    _forms.Add((words[^2..], speakers[s]));
                }
            }

            if (words.Length >= 2)
            {
                string initials = string.Concat(words.Select(w => w[0]));
                if (!CommonWords.Contains(initials))
                {
                    _forms.Add(([initials], speakers[s]));
                }

                if (lastWords[words[^1]] == 1 && IsDistinctive(words[^1]))
                {
                    _forms.Add(([words[^1]], speakers[s]));
                }
            }

            if (firstWords[words[0]] == 1 && IsDistinctive(words[0]) && words.Length > 1)
            {
                _forms.Add(([words[0]], speakers[s]));
            }
        }

        // "The designers are going to…" hands a task to the speakers who share that last word; the first of them is the
        // accountable owner the reviewer can change.
        foreach ((string last, int count) in lastWords)
        {
            if (count >= 2 && last.Length >= 3 && last.All(char.IsLetter) && !last.EndsWith('s'))
            {
                int first = names.FindIndex(w => w.Length > 1 && w[^1] == last);
                if (first >= 0)
                {
                    _forms.Add(([last + "s"], speakers[first]));
                }
            }
        }

        // Longest forms first so "project manager" wins over a shorter form at the same place.
        _forms.Sort((a, b) => b.Words.Length.CompareTo(a.Words.Length));
    }

    public IReadOnlyList<string> Speakers { get; }

    /// <summary>Speakers named in <paramref name="words"/>, left to right, without overlaps.</summary>
    public List<SpeakerMention> FindMentions(string[] words)
    {
        var mentions = new List<SpeakerMention>();
        for (int i = 0; i < words.Length; i++)
        {
            foreach ((string[] form, string speaker) in _forms)
            {
                if (Matches(words, i, form))
                {
                    mentions.Add(new SpeakerMention(speaker, i, form.Length));
                    i += form.Length - 1;
                    break;
                }
            }
        }

        return mentions;
    }

    /// <summary>The speaker named exactly by these words (a name on its own, "Maria" or "Project Manager"), or null.</summary>
    public string? Resolve(string name)
    {
        string[] words = NameWords(name);
        foreach ((string[] form, string speaker) in _forms)
        {
            if (form.Length == words.Length && Matches(words, 0, form))
            {
                return speaker;
            }
        }

        return null;
    }

    private static bool Matches(string[] words, int index, string[] form)
    {
        if (index + form.Length > words.Length)
        {
            return false;
        }

        for (int k = 0; k < form.Length; k++)
        {
            string word = words[index + k];
            // "Maria's" names Maria; "the market expert" the Marketing Expert (a word before the last one may vary its ending).
            bool possessive = k == form.Length - 1 && word.Length == form[k].Length + 2 && word.StartsWith(form[k], StringComparison.Ordinal) && word.EndsWith("'s", StringComparison.Ordinal);
            bool sameStem = k < form.Length - 1 && word.Length >= 4 && ContentWords.Stem(word) == ContentWords.Stem(form[k]);
            if (word != form[k] && !possessive && !sameStem)
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsDistinctive(string word) => word.Length >= 2 && !CommonWords.Contains(word) && word.All(char.IsLetter);

    private static string[] NameWords(string name)
    {
        // "Nis Jespersen (GS1)" is named as "Nis Jespersen".
        int paren = name.IndexOf('(', StringComparison.Ordinal);
        string core = paren > 0 ? name[..paren] : name;
        return core.Split([' ', '-', '_', '\t'], StringSplitOptions.RemoveEmptyEntries)
            .Select(TranscriptSentenceSplitter.Normalize)
            .Where(w => w.Length > 0)
            .ToArray();
    }
}
