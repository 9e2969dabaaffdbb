using ActionTracker.Core.Dates;

namespace ActionTracker.Core.Transcripts;

/// <summary>
/// Finds action items and decisions with rules over the transcript's sentences; no network, no model. Each cue kind
/// has a base confidence, raised for follow-up signals (end of the meeting, a deadline, a work verb) and lowered for
/// hedges; the best drafts are kept, near-duplicates merged.
/// </summary>
public sealed class RuleBasedTranscriptExtractor : ITranscriptExtractor
{
    private const int MaxDecisionQuoteChars = 300;

    /// <summary>A decision's quote may run longer than an item's: what was settled is often said over several sentences.</summary>
    private const int MaxDecisionContextChars = 400;

    /// <summary>Tasks handed out in one breath ("you have to work on A, you have to work on B") are found clause by clause.</summary>
    private const int MaxTasksPerSentence = 4;

    private const double UnanchoredListPenalty = 0.15;

    /// <summary>How much more likely a handed-out task is when its owner says "sure"/"will do" right after.</summary>
    private const double TakenOnBoost = 0.2;

    /// <summary>Assignments at least this confident ask for the work outright ("I'd like you to…", "I need you to…").</summary>
    private const double DirectRequestConfidence = 0.6;

    /// <summary>How many times the cap of candidates go into merging near-duplicates.</summary>
    private const int MergeHeadroom = 4;

    private readonly RuleBasedExtractorOptions _options;

    public RuleBasedTranscriptExtractor()
        : this(RuleBasedExtractorOptions.Default)
    {
    }

    public RuleBasedTranscriptExtractor(RuleBasedExtractorOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
    }

    public ValueTask<TranscriptExtraction> ExtractAsync(Transcript transcript, ExtractionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(transcript);
        ArgumentNullException.ThrowIfNull(context);
        return ValueTask.FromResult(Extract(transcript, context, cancellationToken));
    }

    /// <summary>The synchronous core of <see cref="ExtractAsync"/>: pure computation over the transcript.</summary>
    public TranscriptExtraction Extract(Transcript transcript, ExtractionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(transcript);
        ArgumentNullException.ThrowIfNull(context);
        List<TranscriptSentence> sentences = TranscriptSentenceSplitter.Split(transcript.Cues);
        if (sentences.Count == 0)
        {
            return TranscriptExtraction.Empty;
        }

        var speakers = new SpeakerDirectory(transcript.Speakers);
        var addressees = new AddresseeResolver(sentences, transcript.Cues, speakers);
        DateContext? dates = DueDateFinder.ContextFor(context);
        string? chair = MostWordsSpeaker(sentences);
        bool[] wrapUps = Signals.WrapUps(sentences);
        var found = new List<(int Sentence, CommitmentMatch Match, DraftItem Item)>();
        var decisions = new List<DraftDecision>();
        for (int s = 0; s < sentences.Count; s++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            TranscriptSentence sentence = sentences[s];
            bool personal = false;
            foreach (CommitmentMatch cue in CommitmentClauses.FindAll(sentence, speakers, MaxTasksPerSentence))
            {
                CommitmentMatch match = HandOverRules.AsHandedOver(sentences, s, cue, speakers) ?? cue;
                if (ToItem(sentences, transcript.Cues, wrapUps, s, match, addressees, dates) is { } item)
                {
                    found.Add((s, match, match.Reason == AssignmentListRules.Reason ? item with { Task = AssignmentListRules.AsTask(item.Task) } : item));
                    personal |= match.Kind is CommitmentKind.Speaker or CommitmentKind.Named && item.Confidence >= _options.MinItemConfidence;
                }
            }

            AddTaskList(sentences, transcript.Cues, wrapUps, s, found, addressees, dates);

            if (personal)
            {
                // "I'll send the budget", "Raj will send the budget" is one person's task, not something the meeting decided.
                continue;
            }

            if (DecisionRules.Find(sentence) is { } decision)
            {
                decisions.Add(ToDecision(sentences, s, transcript.Cues[sentence.CueIndex], decision, chair));
            }
        }

        AddListedAssignments(sentences, transcript.Cues, wrapUps, chair, found, speakers, addressees, dates);
        RequestAnswers.FoldAnswers(sentences, found);
        List<DraftItem> items = BoostClusters(sentences, found);

        int words = sentences.Sum(s => s.Words.Length);
        int maxItems = _options.BaseItems + (int)Math.Round(_options.ItemsPerThousandWords * words / 1000.0);
        int maxDecisions = _options.BaseDecisions + (int)Math.Round(_options.DecisionsPerThousandWords * words / 1000.0);
        return new TranscriptExtraction
        {
            // Only the best few candidates are merged: merging compares each with those kept, so the whole list would
            // make long transcripts quadratic.
            Items = DraftMerger.MergeItems(items.Where(i => i.Confidence >= _options.MinItemConfidence)
                    .OrderByDescending(i => i.Confidence)
                    .Where((item, rank) => rank < MergeHeadroom * maxItems || item.Confidence >= _options.UncappedItemConfidence).ToList())
                .OrderByDescending(i => i.Confidence)
                .Where((item, rank) => rank < maxItems || item.Confidence >= _options.UncappedItemConfidence)
                .OrderBy(i => i.Timestamp).ToList(),
            Decisions = DraftMerger.MergeDecisions(decisions.Where(d => d.Confidence >= _options.MinDecisionConfidence)
                    .OrderByDescending(d => d.Confidence).Take(MergeHeadroom * maxDecisions).ToList())
                .OrderByDescending(d => d.Confidence).Take(maxDecisions).OrderBy(d => d.Timestamp).ToList(),
        };
    }

    /// <summary>"You each have things to do, the pricing page, the launch email": who takes which follows what each talked about.</summary>
    private static void AddTaskList(List<TranscriptSentence> sentences, IReadOnlyList<TranscriptCue> cues, bool[] wrapUps, int s, List<(int Sentence, CommitmentMatch Match, DraftItem Item)> found, AddresseeResolver addressees, DateContext? dates)
    {
        TranscriptSentence sentence = sentences[s];
        List<CommitmentMatch> listed = TaskListRules.FindAll(sentence, MaxTasksPerSentence);
        if (listed.Count == 0)
        {
            return;
        }

        string?[] owners = addressees.ShareOut(sentence, listed.Select(m => TaskPhraseBuilder.Build(sentence.Raw, sentence.Words, m.TaskStart, m.TaskEnd) ?? string.Empty).ToList());
        for (int i = 0; i < listed.Count; i++)
        {
            CommitmentMatch match = owners[i] is { } owner ? listed[i] with { Kind = CommitmentKind.Named, Named = owner } : listed[i];
            if (ToItem(sentences, cues, wrapUps, s, match, addressees, dates) is { } item)
            {
                found.Add((s, match, item with { Task = AssignmentListRules.AsTask(item.Task) }));
            }
        }
    }

    /// <summary>Noun-phrase assignments next to a clear assignment by the same speaker (see <see cref="AssignmentListRules"/>).</summary>
    private static void AddListedAssignments(List<TranscriptSentence> sentences, IReadOnlyList<TranscriptCue> cues, bool[] wrapUps, string? chair, List<(int Sentence, CommitmentMatch Match, DraftItem Item)> found, SpeakerDirectory speakers, AddresseeResolver addressees, DateContext? dates)
    {
        var taken = found.Select(f => f.Sentence).ToHashSet();
        var anchors = found.Where(f => f.Match.Kind is CommitmentKind.Addressee or CommitmentKind.Named && f.Item.Confidence >= 0.6).ToList();
        foreach ((int anchor, _, DraftItem anchorItem) in anchors)
        {
            for (int s = Math.Max(0, anchor - AssignmentListRules.Reach); s < sentences.Count && s <= anchor + AssignmentListRules.Reach; s++)
            {
                if (taken.Contains(s) || !string.Equals(sentences[s].Speaker, anchorItem.Speaker, StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }

                if (AddListed(sentences, cues, wrapUps, s, 0, found, speakers, addressees, dates))
                {
                    taken.Add(s);
                }
            }
        }

        // In a wrap-up, whoever leads the meeting hands out tasks as a list without any verb at all: "And Sammy, the
        // product evaluation." Such a line counts less than one next to a clear assignment.
        for (int s = 0; s < sentences.Count; s++)
        {
            if (!wrapUps[s] || taken.Contains(s) || chair is null || !string.Equals(sentences[s].Speaker, chair, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            if (AddListed(sentences, cues, wrapUps, s, UnanchoredListPenalty, found, speakers, addressees, dates))
            {
                taken.Add(s);
            }
        }
    }

    /// <summary>Adds the tasks listed in sentence <paramref name="s"/>, comma by comma; whether there were any.</summary>
    private static bool AddListed(List<TranscriptSentence> sentences, IReadOnlyList<TranscriptCue> cues, bool[] wrapUps, int s, double penalty, List<(int Sentence, CommitmentMatch Match, DraftItem Item)> found, SpeakerDirectory speakers, AddresseeResolver addressees, DateContext? dates)
    {
        bool any = false;
        int from = 0;
        for (int clause = 0; clause < MaxTasksPerSentence && from >= 0 && AssignmentListRules.Find(sentences[s], speakers, from) is { } match; clause++)
        {
            if (ToItem(sentences, cues, wrapUps, s, match with { Confidence = match.Confidence - penalty }, addressees, dates) is { } item)
            {
                found.Add((s, match, item with { Task = AssignmentListRules.AsTask(item.Task) }));
                any = true;
            }

            from = CommitmentClauses.NextClause(sentences[s].Raw, match.TaskStart);
        }

        return any;
    }

    /// <summary>
    /// Tasks handed out together (a wrap-up) are likelier real than one said in passing: each assignment gains a little
    /// for every other assignment by the same speaker close by.
    /// </summary>
    private static List<DraftItem> BoostClusters(List<TranscriptSentence> sentences, List<(int Sentence, CommitmentMatch Match, DraftItem Item)> found)
    {
        // Sorted by sentence, so the neighbours of each are found in a sliding window (linear, not quadratic).
        int[] assignments = found.Where(f => f.Match.Kind is CommitmentKind.Addressee or CommitmentKind.Named).Select(f => f.Sentence).Order().ToArray();
        var items = new List<DraftItem>(found.Count);
        const int window = AssignmentListRules.Reach * 2;
        foreach ((int sentence, CommitmentMatch match, DraftItem item) in found)
        {
            int from = Array.BinarySearch(assignments, sentence - window);
            from = from < 0 ? ~from : from;
            while (from > 0 && assignments[from - 1] >= sentence - window)
            {
                from--;
            }

            int neighbours = 0;
            for (int a = from; a < assignments.Length && assignments[a] <= sentence + window; a++)
            {
                if (assignments[a] != sentence && string.Equals(sentences[assignments[a]].Speaker, sentences[sentence].Speaker, StringComparison.OrdinalIgnoreCase))
                {
                    neighbours++;
                }
            }

            double boost = Math.Min(0.2, 0.07 * neighbours);
            items.Add(boost > 0 ? item with { Confidence = Math.Round(Math.Min(1, item.Confidence + boost), 2) } : item);
        }

        return items;
    }

    private static DraftItem? ToItem(List<TranscriptSentence> sentences, IReadOnlyList<TranscriptCue> cues, bool[] wrapUps, int index, CommitmentMatch match, AddresseeResolver addressees, DateContext? dates)
    {
        TranscriptSentence sentence = sentences[index];
        string quote = QuoteFor(sentence, cues);
        string? task = TaskPhraseBuilder.Build(sentence.Raw, sentence.Words, match.TaskStart, match.TaskEnd);
        double confidence = match.Confidence;
        // "I'll do that", "Sure, I'll set them up tomorrow": the task is what the previous speaker asked for.
        (TranscriptSentence Sentence, string Task)? asked = match.Kind == CommitmentKind.Speaker && (task is null || Signals.IsVague(task))
            ? RequestAnswers.PreviousRequest(sentences, index)
            : null;
        if (task is null || (asked is { } vagueAnswer && RequestAnswers.IsOutrightRequest(vagueAnswer.Sentence)))
        {
            if (asked is not { } request)
            {
                return null;
            }

            task = request.Task;
            quote = request.Sentence.Text + " " + sentence.Text;
            confidence += 0.15;
        }

        if (TaskPhraseBuilder.IsGarbled(task))
        {
            return null;
        }

        string? owner = match.Kind switch
        {
            CommitmentKind.Speaker => sentence.Speaker,
            CommitmentKind.Named => match.Named,
            CommitmentKind.Addressee => addressees.Resolve(sentence, task, match.TaskStart, match.ClauseStart),
            CommitmentKind.Volunteer => RequestAnswers.Volunteer(sentences, index),
            _ => null,
        };

        confidence += Signals.Adjust(sentence, task, match, wrapUps[index]);
        // Only a request is taken on: "you'll need…", "you could…" are answered "yes" to agree with the idea, not to take on work.
        bool asksForWork = match.Kind == CommitmentKind.Named || (match.Kind == CommitmentKind.Addressee && (match.Reason.StartsWith("request", StringComparison.Ordinal) || match.Confidence >= DirectRequestConfidence));
        if (asksForWork && owner is not null && TakeOnReply.IsTakenOn(sentences, index, owner))
        {
            confidence += TakenOnBoost;
        }

        if (match.Kind == CommitmentKind.Volunteer && owner is not null)
        {
            confidence += 0.1;
        }

        return new DraftItem
        {
            Task = task,
            Owner = owner,
            Due = DueDateFinder.Find(sentence, dates),
            Quote = quote,
            Speaker = sentence.Speaker,
            Timestamp = sentence.Start,
            Confidence = Math.Round(Math.Clamp(confidence, 0, 1), 2),
            Reason = match.Reason,
        };
    }

    /// <summary>The whole turn the sentence is in, unless it is long: the sentence alone often lacks what "that" refers to.</summary>
    private static string QuoteFor(TranscriptSentence sentence, IReadOnlyList<TranscriptCue> cues)
    {
        string turn = cues[sentence.CueIndex].Text;
        return turn.Length <= MaxDecisionQuoteChars ? turn : sentence.Text;
    }

    private static DraftDecision ToDecision(List<TranscriptSentence> sentences, int index, TranscriptCue cue, (double Confidence, int TextStart, string Reason) decision, string? chair)
    {
        TranscriptSentence sentence = sentences[index];

        // A cut-off statement ("I think") says less than the sentence it came from.
        string text = DecisionText.Build(sentence.Raw, sentence.Words, decision.TextStart) ?? DecisionText.Build(sentence.Raw, sentence.Words, 0) ?? sentence.Text;
        double confidence = decision.Confidence + DecisionSignals.Adjust(sentence, decision.TextStart, chair) + (DecisionSignals.IsAgreedTo(sentences, index) ? 0.1 : 0);

        return new DraftDecision
        {
            Text = text,
            Quote = DecisionQuote(sentences, index, cue),
            Speaker = sentence.Speaker,
            Timestamp = sentence.Start,
            Confidence = Math.Round(Math.Clamp(confidence, 0, 1), 2),
            Reason = decision.Reason,
        };
    }

    /// <summary>
    /// A decision is often said over a whole turn ("Rubber. So the case is rubber then."): the turn, or in a long turn the
    /// sentence with as many of its neighbours as fit.
    /// </summary>
    private static string DecisionQuote(List<TranscriptSentence> sentences, int index, TranscriptCue cue)
    {
        if (cue.Text.Length <= MaxDecisionContextChars)
        {
            return cue.Text;
        }

        int cueIndex = sentences[index].CueIndex;
        int first = index;
        int last = index;
        int length = sentences[index].Text.Length;
        bool grew = true;
        while (grew)
        {
            grew = false;
            if (last + 1 < sentences.Count && sentences[last + 1].CueIndex == cueIndex && length + 1 + sentences[last + 1].Text.Length <= MaxDecisionContextChars)
            {
                last++;
                length += 1 + sentences[last].Text.Length;
                grew = true;
            }

            if (first > 0 && sentences[first - 1].CueIndex == cueIndex && length + 1 + sentences[first - 1].Text.Length <= MaxDecisionContextChars)
            {
                first--;
                length += 1 + sentences[first].Text.Length;
                grew = true;
            }
        }

        return first == last ? sentences[index].Text : string.Join(' ', sentences.Skip(first).Take(last - first + 1).Select(s => s.Text));
    }

    /// <summary>Who speaks most: usually whoever leads the meeting, whose summaries and rulings carry the decisions.</summary>
    private static string? MostWordsSpeaker(List<TranscriptSentence> sentences)
    {
        var words = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (TranscriptSentence sentence in sentences)
        {
            if (sentence.Speaker is not null)
            {
                words[sentence.Speaker] = words.GetValueOrDefault(sentence.Speaker) + sentence.Words.Length;
            }
        }

        return words.Count < 2 ? null : words.MaxBy(w => w.Value).Key;
    }
}
