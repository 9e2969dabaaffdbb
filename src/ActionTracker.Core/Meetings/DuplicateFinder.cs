using ActionTracker.Core.Items;

namespace ActionTracker.Core.Meetings;

/// <summary>Flags a draft task that reads like an open item of the same team: most of its significant words are shared.</summary>
public static class DuplicateFinder
{
    private const double Threshold = 0.6;

    private static readonly HashSet<string> Ignored = new(StringComparer.Ordinal)
    {
        "the", "and", "for", "with", "from", "into", "onto", "about", "this", "that", "our", "their", "your", "will", "all", "new",
    };

    public static ItemNumber? Find(string task, IReadOnlyList<ActionItem> openItems)
    {
        ArgumentNullException.ThrowIfNull(openItems);
        HashSet<string> words = Words(task);
        if (words.Count == 0)
        {
            return null;
        }

        ItemNumber? best = null;
        double bestScore = Threshold;
        foreach (ActionItem item in openItems)
        {
            HashSet<string> other = Words(item.Title);
            if (other.Count == 0)
            {
                continue;
            }

            int shared = words.Count(other.Contains);
            double score = (double)shared / Math.Min(words.Count, other.Count) * ((double)shared / Math.Max(words.Count, other.Count) + 1) / 2;
            if (score >= bestScore)
            {
                bestScore = score;
                best = item.Number;
            }
        }

        return best;
    }

    private static HashSet<string> Words(string text)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (string raw in text.ToLowerInvariant().Split(' ', ',', '.', ';', ':', '!', '?', '"', '\'', '(', ')', '-', '/'))
        {
            if (raw.Length >= 3 && !Ignored.Contains(raw))
            {
                words.Add(raw.Length > 4 && raw.EndsWith('s') ? raw[..^1] : raw);
            }
        }

        return words;
    }
}
