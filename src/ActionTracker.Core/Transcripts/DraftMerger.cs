namespace ActionTracker.Core.Transcripts;

/// <summary>
/// Merges near-duplicates inside one meeting: the same owner with mostly the same task words (said twice, or
/// proposed and then confirmed) becomes one draft, the more confident one.
/// </summary>
internal static class DraftMerger
{
    private const double SameTask = 0.5;

    private const int MaxComparedPerWord = 16;

    public static List<DraftItem> MergeItems(List<DraftItem> items) =>
        Merge(
            items.OrderByDescending(i => i.Confidence),
            i => i.Task,
            (kept, item) => string.Equals(kept.Owner, item.Owner, StringComparison.OrdinalIgnoreCase),
            Absorb,
            mergeSubsets: true);

    public static List<DraftDecision> MergeDecisions(List<DraftDecision> decisions) =>
        Merge(decisions.OrderByDescending(d => d.Confidence), d => d.Text, (_, _) => true, (kept, _) => kept, mergeSubsets: false);

    /// <summary>
    /// "You two will work together on a prototype drawing" and later "you two are going to work together": the fuller
    /// task is kept, as sure as the surer of the two.
    /// </summary>
    private static DraftItem Absorb(DraftItem kept, DraftItem item)
    {
        // "Sam, could you review it?" – "Sure, tomorrow morning": the date the owner gave is kept.
        DraftItem merged = kept.Due is null && item.Due is not null ? kept with { Due = item.Due } : kept;
        HashSet<string> keptWords = ContentWords.StemsOf(kept.Task);
        HashSet<string> itemWords = ContentWords.StemsOf(item.Task);
        return itemWords.Count > keptWords.Count && keptWords.IsSubsetOf(itemWords)
            ? item with { Confidence = kept.Confidence, Due = item.Due ?? kept.Due }
            : merged;
    }

    /// <summary>
    /// Keeps each draft unless a kept one (surer, as <paramref name="drafts"/> come surest first) says mostly the same;
    /// drafts are compared only with kept ones sharing a word, so long meetings stay linear.
    /// </summary>
    private static List<T> Merge<T>(IEnumerable<T> drafts, Func<T, string> text, Func<T, T, bool> canMerge, Func<T, T, T> absorb, bool mergeSubsets)
    {
        var kept = new List<(T Draft, HashSet<string> Words)>();
        var byWord = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var compared = new HashSet<int>();
        foreach (T draft in drafts)
        {
            HashSet<string> words = ContentWords.StemsOf(text(draft));
            int duplicate = -1;
            compared.Clear();
            foreach (string word in words)
            {
                List<int> candidates = byWord.TryGetValue(word, out List<int>? withWord) ? withWord : [];

                // A near-duplicate shares several words, so it is among the last few kept drafts with at least one of
                // them; looking no further keeps a long meeting with a small vocabulary linear.
                for (int c = Math.Max(0, candidates.Count - MaxComparedPerWord); c < candidates.Count; c++)
                {
                    int k = candidates[c];
                    if (compared.Add(k) && (duplicate < 0 || k < duplicate) && canMerge(kept[k].Draft, draft)
                        && (Similarity(kept[k].Words, words) >= SameTask || (mergeSubsets && IsPartOf(kept[k].Words, text(kept[k].Draft), words, text(draft)))))
                    {
                        duplicate = k;
                    }
                }
            }

            if (duplicate >= 0)
            {
                kept[duplicate] = kept[duplicate] with { Draft = absorb(kept[duplicate].Draft, draft) };
                continue;
            }

            foreach (string word in words)
            {
                if (!byWord.TryGetValue(word, out List<int>? candidates))
                {
                    candidates = [];
                    byWord[word] = candidates;
                }

                candidates.Add(kept.Count);
            }

            kept.Add((draft, words));
        }

        return kept.Select(k => k.Draft).ToList();
    }

    /// <summary>
    /// Whether the shorter task's meaningful words all appear in the longer one: two or more of them, or the one of a
    /// task of two words at most ("Work together").
    /// </summary>
    private static bool IsPartOf(HashSet<string> a, string aText, HashSet<string> b, string bText)
    {
        (HashSet<string> shorter, string shorterText, HashSet<string> longer) = a.Count <= b.Count ? (a, aText, b) : (b, bText, a);
        bool enough = shorter.Count >= 2 || (shorter.Count == 1 && shorterText.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 2);
        return enough && shorter.IsSubsetOf(longer);
    }

    private static double Similarity(HashSet<string> a, HashSet<string> b)
    {
        if (a.Count == 0 || b.Count == 0)
        {
            return 0;
        }

        int shared = a.Count(b.Contains);
        return (double)shared / Math.Max(a.Count, b.Count);
    }
}
