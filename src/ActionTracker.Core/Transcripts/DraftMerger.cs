namespace ActionTracker.Core.Transcripts;

/// <summary>
/// Merges near-duplicates inside one meeting: the same owner with mostly the same task words (said twice, or
/// proposed and then confirmed) becomes one draft, the more confident one.
/// </summary>
internal static class DraftMerger
{
    private const double SameTask = 0.5;

    public static List<DraftItem> MergeItems(List<DraftItem> items) =>
        Merge(
            items.OrderByDescending(i => i.Confidence),
            i => i.Task,
            (kept, item) => string.Equals(kept.Owner, item.Owner, StringComparison.OrdinalIgnoreCase),

            // "Sam, could you review it?" – "Sure, tomorrow morning": the date the owner gave is kept.
            (kept, item) => kept.Due is null && item.Due is not null ? kept with { Due = item.Due } : kept);

    public static List<DraftDecision> MergeDecisions(List<DraftDecision> decisions) =>
        Merge(decisions.OrderByDescending(d => d.Confidence), d => d.Text, (_, _) => true, (kept, _) => kept);

    /// <summary>
    /// Keeps each draft unless a kept one (surer, as <paramref name="drafts"/> come surest first) says mostly the same;
    /// drafts are compared only with kept ones sharing a word, so long meetings stay linear.
    /// </summary>
    private static List<T> Merge<T>(IEnumerable<T> drafts, Func<T, string> text, Func<T, T, bool> canMerge, Func<T, T, T> absorb)
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
                foreach (int k in byWord.TryGetValue(word, out List<int>? candidates) ? candidates : [])
                {
                    if (compared.Add(k) && (duplicate < 0 || k < duplicate) && canMerge(kept[k].Draft, draft) && Similarity(kept[k].Words, words) >= SameTask)
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
