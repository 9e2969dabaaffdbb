namespace ActionTracker.Core.Transcripts;

/// <summary>
/// Merges near-duplicates inside one meeting: the same owner with mostly the same task words (said twice, or
/// proposed and then confirmed) becomes one draft, the more confident one.
/// </summary>
internal static class DraftMerger
{
    private const double SameTask = 0.5;

    public static List<DraftItem> MergeItems(List<DraftItem> items)
    {
        var kept = new List<(DraftItem Item, HashSet<string> Words)>();

        // Kept drafts by their words: an item is compared only with those sharing a word (long meetings stay linear).
        var byWord = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var compared = new HashSet<int>();
        foreach (DraftItem item in items.OrderByDescending(i => i.Confidence))
        {
            HashSet<string> words = ContentWords.StemsOf(item.Task);
            int duplicate = -1;
            compared.Clear();
            foreach (string word in words)
            {
                if (!byWord.TryGetValue(word, out List<int>? candidates))
                {
                    continue;
                }

                foreach (int k in candidates)
                {
                    if (compared.Add(k) && (duplicate < 0 || k < duplicate) && string.Equals(kept[k].Item.Owner, item.Owner, StringComparison.OrdinalIgnoreCase)
                        && Similarity(kept[k].Words, words) >= SameTask)
                    {
                        duplicate = k;
                    }
                }
            }

            if (duplicate < 0)
            {
                foreach (string word in words)
                {
                    if (!byWord.TryGetValue(word, out List<int>? candidates))
                    {
                        candidates = [];
                        byWord[word] = candidates;
                    }

                    candidates.Add(kept.Count);
                }

                kept.Add((item, words));
            }
            else if (kept[duplicate].Item.Due is null && item.Due is not null)
            {
                // "Sam, could you review it?" – "Sure, tomorrow morning": the date the owner gave is kept.
                kept[duplicate] = kept[duplicate] with { Item = kept[duplicate].Item with { Due = item.Due } };
            }
        }

        return kept.Select(k => k.Item).ToList();
    }

    public static List<DraftDecision> MergeDecisions(List<DraftDecision> decisions)
    {
        var kept = new List<(DraftDecision Decision, HashSet<string> Words)>();
        foreach (DraftDecision decision in decisions.OrderByDescending(d => d.Confidence))
        {
            HashSet<string> words = ContentWords.StemsOf(decision.Text);
            if (!kept.Any(k => Similarity(k.Words, words) >= SameTask))
            {
                kept.Add((decision, words));
            }
        }

        return kept.Select(k => k.Decision).ToList();
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
