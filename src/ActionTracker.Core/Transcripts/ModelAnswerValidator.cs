using ActionTracker.Core.Dates;

namespace ActionTracker.Core.Transcripts;

/// <summary>
/// Checks a model's answer against the transcript it was asked about and keeps only what the transcript supports:
/// the quote, speaker and timestamp come from our parsed turn (by number), never from the model's text; the owner must
/// be a speaker or a name said in the transcript; the due date is resolved by our date resolver against the meeting
/// date; the confidence is clamped to [0, 1]; the task is cut to a short imperative phrase.
/// </summary>
public sealed class ModelAnswerValidator
{
    /// <summary>Model decisions carry no confidence of their own; this one ranks them with the rules' likely ones.</summary>
    public const double DecisionConfidence = 0.7;

    /// <summary>A runaway answer is cut here (per chunk); people confirm each draft by hand.</summary>
    public const int MaxEntriesPerAnswer = 60;

    private const int MaxReasonChars = 80;

    private const int MaxDecisionWords = 25;

    private static readonly HashSet<string> NoOwner = new(StringComparer.Ordinal)
    {
        "", "null", "none", "n/a", "na", "unknown", "unassigned", "tbd", "nobody", "someone", "somebody", "anyone", "anybody",
        "everyone", "everybody", "all", "we", "us", "i", "me", "you", "they", "them", "team", "the team", "group", "speaker",
    };

    /// <summary>Words a model puts before the verb ("I'll", "Omar will", "to"); the task starts after them.</summary>
    private static readonly HashSet<string> SubjectWords = new(StringComparer.Ordinal)
    {
        "i", "i'll", "we", "we'll", "you", "you'll", "he'll", "she'll", "they'll", "will", "shall", "should", "must", "can",
        "could", "would", "action", "item", "todo", "to-do", "task",
    };

    private readonly Transcript _transcript;
    private readonly SpeakerDirectory _speakers;
    private readonly DateContext? _dates;
    private readonly string _spokenWords;

    public ModelAnswerValidator(Transcript transcript, ExtractionContext context)
    {
        ArgumentNullException.ThrowIfNull(transcript);
        ArgumentNullException.ThrowIfNull(context);
        _transcript = transcript;
        _speakers = new SpeakerDirectory(transcript.Speakers);
        _dates = DueDateFinder.ContextFor(context);

        // Every spoken word once, space-padded, so "is this name said anywhere" is one substring search.
        _spokenWords = " " + string.Join(' ', transcript.Cues.SelectMany(c => Words(c.Text))) + " ";
    }

    /// <summary>Checks one answer about <paramref name="chunk"/>; <paramref name="source"/> names the extractor in each reason.</summary>
    public ModelDrafts Validate(ModelAnswer answer, TranscriptChunk chunk, string source)
    {
        ArgumentNullException.ThrowIfNull(answer);
        ArgumentNullException.ThrowIfNull(chunk);
        IReadOnlyList<ModelAnswerItem> proposedItems = answer.Items ?? [];
        IReadOnlyList<ModelAnswerDecision> proposedDecisions = answer.Decisions ?? [];
        var items = new List<(int, DraftItem)>();
        foreach (ModelAnswerItem proposed in proposedItems.Take(MaxEntriesPerAnswer))
        {
            if (ToItem(proposed, chunk, source) is { } item)
            {
                items.Add(item);
            }
        }

        var decisions = new List<(int, DraftDecision)>();
        foreach (ModelAnswerDecision proposed in proposedDecisions.Take(MaxEntriesPerAnswer))
        {
            if (ToDecision(proposed, chunk, source) is { } decision)
            {
                decisions.Add(decision);
            }
        }

        int count = proposedItems.Count + proposedDecisions.Count;
        return new ModelDrafts { Items = items, Decisions = decisions, Proposed = count, Dropped = count - items.Count - decisions.Count };
    }

    /// <summary>The drafts of every chunk as one extraction: near-duplicates (overlapping chunks) merged, in meeting order.</summary>
    public static TranscriptExtraction Merge(IEnumerable<ModelDrafts> chunks)
    {
        ArgumentNullException.ThrowIfNull(chunks);
        var itemCue = new Dictionary<DraftItem, int>(ReferenceEqualityComparer.Instance);
        var decisionCue = new Dictionary<DraftDecision, int>(ReferenceEqualityComparer.Instance);
        foreach (ModelDrafts drafts in chunks)
        {
            foreach ((int cue, DraftItem item) in drafts.Items)
            {
                itemCue.TryAdd(item, cue);
            }

            foreach ((int cue, DraftDecision decision) in drafts.Decisions)
            {
                decisionCue.TryAdd(decision, cue);
            }
        }

        return new TranscriptExtraction
        {
            Items = DraftMerger.MergeItems(itemCue.Keys.ToList()).OrderBy(i => itemCue[i]).ToList(),
            Decisions = DraftMerger.MergeDecisions(decisionCue.Keys.ToList()).OrderBy(d => decisionCue[d]).ToList(),
        };
    }

    private (int, DraftItem)? ToItem(ModelAnswerItem proposed, TranscriptChunk chunk, string source)
    {
        if (CueOf(proposed.QuoteTurn, chunk) is not { } index)
        {
            return null;
        }

        TranscriptCue cue = _transcript.Cues[index];
        string? owner = Owner(proposed.Owner);
        if (Task(proposed.Task, owner, cue.Speaker) is not { } task)
        {
            return null;
        }

        return (index, new DraftItem
        {
            Task = task,
            Owner = owner,
            Due = Due(proposed.Due),
            Quote = cue.Text,
            Speaker = cue.Speaker,
            Timestamp = cue.Start,
            Confidence = Confidence(proposed.Confidence),
            Reason = Reason(source, proposed.Reason),
        });
    }

    private (int, DraftDecision)? ToDecision(ModelAnswerDecision proposed, TranscriptChunk chunk, string source)
    {
        if (CueOf(proposed.QuoteTurn, chunk) is not { } index || DecisionText(proposed.Text) is not { } text)
        {
            return null;
        }

        TranscriptCue cue = _transcript.Cues[index];
        return (index, new DraftDecision
        {
            Text = text,
            Quote = cue.Text,
            Speaker = cue.Speaker,
            Timestamp = cue.Start,
            Confidence = DecisionConfidence,
            Reason = source + ": decision",
        });
    }

    /// <summary>The cue a turn number names, when that turn was shown to the model; otherwise the quote is made up.</summary>
    private static int? CueOf(int? turn, TranscriptChunk chunk) =>
        turn is { } number && chunk.Contains(number - 1) ? number - 1 : null;

    /// <summary>A speaker (as the transcript spells them), else a name said in the meeting, else nobody.</summary>
    private string? Owner(string? proposed)
    {
        string name = string.Join(' ', (proposed ?? string.Empty).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        string[] words = Words(name).ToArray();
        if (words.Length == 0 || words.Length > 4 || NoOwner.Contains(string.Join(' ', words)))
        {
            return null;
        }

        string? speaker = _transcript.Speakers.FirstOrDefault(s => string.Equals(s, name, StringComparison.OrdinalIgnoreCase)) ?? _speakers.Resolve(name);
        if (speaker is not null)
        {
            return speaker;
        }

        bool said = words.All(w => w.Any(char.IsLetter)) && _spokenWords.Contains(" " + string.Join(' ', words) + " ", StringComparison.Ordinal);
        return said ? AsSaid(words) : null;
    }

    /// <summary>A name as the transcript spells it where it is first said ("priya" → "Priya").</summary>
    private string AsSaid(string[] words)
    {
        foreach (TranscriptCue cue in _transcript.Cues)
        {
            string[] raw = cue.Text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            string[] normalized = raw.Select(TranscriptSentenceSplitter.Normalize).ToArray();
            for (int i = 0; i + words.Length <= normalized.Length; i++)
            {
                if (normalized.AsSpan(i, words.Length).SequenceEqual(words))
                {
                    return string.Join(' ', raw[i..(i + words.Length)].Select(w => w.Trim('.', ',', ';', ':', '!', '?', '"', '(', ')', '[', ']', '\u201C', '\u201D', '-', '\'', '*')));
                }
            }
        }

        return string.Join(' ', words);
    }

    /// <summary>The model's phrase as a short imperative, or null when nothing of substance is left ("Do that").</summary>
    private static string? Task(string? proposed, string? owner, string? speaker)
    {
        string[] raw = (proposed ?? string.Empty).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        string[] words = raw.Select(TranscriptSentenceSplitter.Normalize).ToArray();
        HashSet<string> names = NameWords(owner).Concat(NameWords(speaker)).ToHashSet(StringComparer.Ordinal);
        int start = 0;
        while (start < words.Length && (SubjectWords.Contains(words[start]) || names.Contains(words[start]) || words[start].Length == 0))
        {
            start++;
        }

        return start < words.Length ? TaskPhraseBuilder.Build(raw, words, start) : null;
    }

    private DateOnly? Due(string? proposed)
    {
        if (_dates is null || string.IsNullOrWhiteSpace(proposed))
        {
            return null;
        }

        if (DateResolver.Resolve(proposed, _dates) is ResolvedDate whole)
        {
            return whole.Date;
        }

        // "by Friday at the latest": the first date expression inside the words.
        string[] tokens = proposed.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        for (int i = 0; i < tokens.Length; i++)
        {
            int length = DateResolver.MatchLength(tokens, i);
            if (length > 0 && DateResolver.Resolve(string.Join(' ', tokens, i, length), _dates) is ResolvedDate part)
            {
                return part.Date;
            }
        }

        return null;
    }

    private static double Confidence(double? proposed) =>
        proposed is { } value && double.IsFinite(value) ? Math.Round(Math.Clamp(value, 0, 1), 2) : 0.5;

    private static string Reason(string source, string? proposed)
    {
        string reason = string.Join(' ', (proposed ?? string.Empty).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (reason.Length > MaxReasonChars)
        {
            reason = reason[..MaxReasonChars].TrimEnd() + "…";
        }

        return reason.Length == 0 ? source : source + ": " + reason;
    }

    private static string? DecisionText(string? proposed)
    {
        string[] words = (proposed ?? string.Empty).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0)
        {
            return null;
        }

        string text = string.Join(' ', words.Take(MaxDecisionWords)).TrimEnd('.', ',', ';', ':', ' ');
        return text.Length == 0 ? null : char.ToUpperInvariant(text[0]) + text[1..];
    }

    private static IEnumerable<string> NameWords(string? name) => name is null ? [] : Words(name);

    private static IEnumerable<string> Words(string text) =>
        text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Select(TranscriptSentenceSplitter.Normalize).Where(w => w.Length > 0);
}
