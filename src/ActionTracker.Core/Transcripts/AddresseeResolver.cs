namespace ActionTracker.Core.Transcripts;

/// <summary>
/// Who "you" is when a speaker hands out a task. In order: a speaker named in the same clause ("Maria, you'll…"),
/// by their label or by the first name they go by (<see cref="ParticipantNames"/>); the one other speaker when only
/// two talk; the next other speaker to answer (or the last before); the participant whose own speech is most about
/// the task's words.
/// </summary>
internal sealed class AddresseeResolver
{
    /// <summary>How short a lead-in ("For the designer, …", "Now Maria.") is, in words.</summary>
    private const int MaxLeadInWords = 12;

    private readonly IReadOnlyList<TranscriptSentence> _sentences;
    private readonly Dictionary<TranscriptSentence, int> _sentenceIndex = new(ReferenceEqualityComparer.Instance);
    private readonly IReadOnlyList<TranscriptCue> _cues;
    private readonly SpeakerDirectory _speakers;
    private readonly ParticipantNames _names;
    private readonly Dictionary<string, Dictionary<string, int>> _wordsBySpeaker = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, int> _totals = new(StringComparer.OrdinalIgnoreCase);

    public AddresseeResolver(IReadOnlyList<TranscriptSentence> sentences, IReadOnlyList<TranscriptCue> cues, SpeakerDirectory speakers)
    {
        _sentences = sentences;
        _cues = cues;
        _speakers = speakers;
        for (int i = 0; i < sentences.Count; i++)
        {
            _sentenceIndex[sentences[i]] = i;
        }

        _names = new ParticipantNames(sentences, speakers);
        foreach (TranscriptSentence sentence in sentences)
        {
            if (sentence.Speaker is null)
            {
                continue;
            }

            if (!_wordsBySpeaker.TryGetValue(sentence.Speaker, out Dictionary<string, int>? counts))
            {
                counts = new Dictionary<string, int>(StringComparer.Ordinal);
                _wordsBySpeaker[sentence.Speaker] = counts;
            }

            foreach (string word in sentence.Words)
            {
                if (ContentWords.IsContent(word))
                {
                    string stem = ContentWords.Stem(word);
                    counts[stem] = counts.GetValueOrDefault(stem) + 1;
                    _totals[sentence.Speaker] = _totals.GetValueOrDefault(sentence.Speaker) + 1;
                }
            }
        }
    }

    /// <summary>Who "you" is in the clause of <paramref name="sentence"/> whose task starts at word <paramref name="taskStart"/> (a listed clause's start at <paramref name="clauseStart"/>, if known).</summary>
    public string? Resolve(TranscriptSentence sentence, string? task, int taskStart = 0, int clauseStart = -1)
    {
        string? speaker = sentence.Speaker;
        (int from, int to) = ClauseAround(sentence.Raw, taskStart);

        // "…Steph, to do the interface and for you the trends": the clause starts at its own cue, not at the last comma.
        from = clauseStart > from && clauseStart <= taskStart ? clauseStart : from;
        foreach (SpeakerMention mention in _speakers.FindMentions(sentence.Words))
        {
            // A name in another clause of the sentence is another task's owner; one said just before the clause calls its addressee.
            bool inClause = mention.Index >= from && mention.Index < to;
            bool calledJustBefore = mention.Index + mention.Length == from && StartsClause(sentence, mention.Index);
            if ((inClause || calledJustBefore) && !mention.Speaker.Equals(speaker, StringComparison.OrdinalIgnoreCase))
            {
                return mention.Speaker;
            }
        }

        for (int i = Math.Max(0, from - 1); i < to && i < sentence.Words.Length; i++)
        {
            if (_names.Find(sentence.Words[i]) is { } named && !named.Equals(speaker, StringComparison.OrdinalIgnoreCase))
            {
                return named;
            }
        }

        if (from <= 2 && LeadIn(sentence) is { } calledBefore)
        {
            return calledBefore;
        }

        List<string> others = _speakers.Speakers.Where(s => !s.Equals(speaker, StringComparison.OrdinalIgnoreCase)).ToList();
        if (others.Count == 1)
        {
            return others[0];
        }

        // "Maria will do the budget, and you the slides": whoever the clauses before a listed one named is not its "you".
        HashSet<string> earlier = NamedBefore(sentence, clauseStart);
        if (earlier.Count > 0)
        {
            // Going round the table ("The ID will do the components. UID the interface, and you the trends"): whoever
            // was handed a task just before is not this one's "you" either.
            earlier.UnionWith(NamedJustBefore(sentence));
        }

        others.RemoveAll(earlier.Contains);

        // Whoever answers is likelier the one addressed than whoever talked most about the task's words: a task handed
        // out at the end is often about something its owner has not worked on yet.
        return NextOtherSpeaker(sentence.CueIndex, speaker, earlier) ?? (task is null ? null : ByTopic(task, others));
    }

    /// <summary>
    /// "You each have things to do, A, B, C": one task per person other than the speaker, each to whoever talked clearly
    /// most about it, the clearest first; a task nobody is clearly about stays without an owner.
    /// </summary>
    public string?[] ShareOut(TranscriptSentence sentence, IReadOnlyList<string> tasks)
    {
        var owners = new string?[tasks.Count];
        List<string> people = _speakers.Speakers.Where(s => !s.Equals(sentence.Speaker, StringComparison.OrdinalIgnoreCase)).ToList();
        var open = Enumerable.Range(0, tasks.Count).ToList();
        while (open.Count > 0 && people.Count > 0)
        {
            (int task, (string? owner, _)) = open.Select(t => (t, TopicLead(tasks[t], people))).MaxBy(l => l.Item2.Score);
            if (owner is null)
            {
                break;
            }

            owners[task] = owner;
            open.Remove(task);
            people.Remove(owner);
        }

        return owners;
    }

    /// <summary>The speakers named before word <paramref name="index"/> of the sentence.</summary>
    private HashSet<string> NamedBefore(TranscriptSentence sentence, int index)
    {
        var named = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        if (index <= 0)
        {
            return named;
        }

        foreach (SpeakerMention mention in _speakers.FindMentions(sentence.Words))
        {
            if (mention.Index < index)
            {
                named.Add(mention.Speaker);
            }
        }

        for (int i = 0; i < index && i < sentence.Words.Length; i++)
        {
            if (_names.Find(sentence.Words[i]) is { } name)
            {
                named.Add(name);
            }
        }

        return named;
    }

    /// <summary>The speakers named in the same speaker's sentence just before this one, in the same or the previous turn.</summary>
    private IEnumerable<string> NamedJustBefore(TranscriptSentence sentence)
    {
        if (!_sentenceIndex.TryGetValue(sentence, out int index) || index == 0)
        {
            return [];
        }

        TranscriptSentence before = _sentences[index - 1];
        return string.Equals(before.Speaker, sentence.Speaker, StringComparison.OrdinalIgnoreCase) && sentence.CueIndex - before.CueIndex <= 1
            ? _speakers.FindMentions(before.Words).Select(m => m.Speaker)
            : [];
    }

    /// <summary>
    /// The one person named in a short lead-in the speaker said just before: "For the designer, which is Hamed," then
    /// "you'll work on the components"; others' backchannels ("Mm-hmm") may come between.
    /// </summary>
    private string? LeadIn(TranscriptSentence sentence)
    {
        if (!_sentenceIndex.TryGetValue(sentence, out int index) || index == 0)
        {
            return null;
        }

        for (int i = index - 1; i >= 0 && sentence.CueIndex - _sentences[i].CueIndex <= 3; i--)
        {
            TranscriptSentence before = _sentences[i];
            if (!string.Equals(before.Speaker, sentence.Speaker, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            // A lead-in only calls someone; a sentence that hands out work itself ("Ryan, you'll…") is no lead-in.
            if (before.Words.Length > MaxLeadInWords || before.IsQuestion || before.Words.Any(w => w is "you" or "you'll" or "you're" or "will" or "should" or "can" or "to"))
            {
                return null;
            }

            List<string> named = _speakers.FindMentions(before.Words).Select(m => m.Speaker)
                .Concat(before.Words.Select(_names.Find).OfType<string>())
                .Where(n => !n.Equals(sentence.Speaker, StringComparison.OrdinalIgnoreCase))
                .Distinct(StringComparer.OrdinalIgnoreCase).ToList();
            return named.Count == 1 ? named[0] : null;
        }

        return null;
    }

    /// <summary>The comma-separated clause holding word <paramref name="index"/>: [from, to).</summary>
    private static (int From, int To) ClauseAround(string[] raw, int index)
    {
        int from = Math.Min(index, raw.Length);
        while (from > 0 && !EndsClause(raw[from - 1]))
        {
            from--;
        }

        int to = Math.Min(index, raw.Length);
        while (to < raw.Length && !EndsClause(raw[to]))
        {
            to++;
        }

        return (from, Math.Min(raw.Length, to + 1));
    }

    /// <summary>Whether a clause starts at word <paramref name="index"/>, fillers aside ("um Tom, you'll…", not "work on user interface, and…").</summary>
    private static bool StartsClause(TranscriptSentence sentence, int index)
    {
        int i = index - 1;
        while (i >= 0 && sentence.Words[i] is "um" or "uh" or "and" or "so" or "okay" or "then" or "now" or "well")
        {
            i--;
        }

        return i < 0 || EndsClause(sentence.Raw[i]);
    }

    private static bool EndsClause(string word) => word.EndsWith(',') || word.EndsWith(';');

    private string? ByTopic(string task, List<string> others) => TopicLead(task, others).Speaker;

    /// <summary>Whose own speech is clearly most about the task's words (a tie says nothing), and by how much.</summary>
    private (string? Speaker, double Score) TopicLead(string task, List<string> others)
    {
        string[] taskWords = task.Split(' ').Select(TranscriptSentenceSplitter.Normalize).Where(ContentWords.IsContent).Select(ContentWords.Stem).Distinct().ToArray();
        string? best = null;
        double bestScore = 0;
        double second = 0;
        foreach (string other in others)
        {
            if (!_wordsBySpeaker.TryGetValue(other, out Dictionary<string, int>? counts))
            {
                continue;
            }

            double total = Math.Max(1, _totals.GetValueOrDefault(other));
            double score = 0;
            foreach (string word in taskWords)
            {
                score += counts.GetValueOrDefault(word) / total;
            }

            if (score > bestScore)
            {
                (second, bestScore, best) = (bestScore, score, other);
            }
            else if (score > second)
            {
                second = score;
            }
        }

        return bestScore > 0 && bestScore >= second * 1.3 ? (best, bestScore) : (null, 0);
    }

    private string? NextOtherSpeaker(int cueIndex, string? speaker, HashSet<string> excluded)
    {
        for (int i = cueIndex + 1; i < _cues.Count && i <= cueIndex + 4; i++)
        {
            if (_cues[i].Speaker is { } next && !next.Equals(speaker, StringComparison.OrdinalIgnoreCase) && !excluded.Contains(next))
            {
                return next;
            }
        }

        for (int i = cueIndex - 1; i >= 0 && i >= cueIndex - 4; i--)
        {
            if (_cues[i].Speaker is { } previous && !previous.Equals(speaker, StringComparison.OrdinalIgnoreCase) && !excluded.Contains(previous))
            {
                return previous;
            }
        }

        return null;
    }
}
