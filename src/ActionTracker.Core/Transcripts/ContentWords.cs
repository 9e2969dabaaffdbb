namespace ActionTracker.Core.Transcripts;

/// <summary>Which words carry meaning (for topic and duplicate comparisons) and a light stem to compare them by.</summary>
internal static class ContentWords
{
    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "the", "and", "that", "this", "with", "for", "from", "have", "will", "would", "could", "should", "about", "what",
        "which", "there", "their", "they", "them", "then", "than", "some", "just", "like", "yeah", "okay", "right",
        "really", "actually", "basically", "gonna", "going", "think", "know", "mean", "kind", "sort", "thing", "things",
        "maybe", "also", "well", "here", "into", "onto", "your", "you're", "you'll", "we're", "we'll", "it's", "that's",
        "i'll", "i'm", "don't", "can't", "doesn't", "isn't", "were", "been", "being", "does", "doing", "done", "make",
        "work", "working", "look", "looking", "need", "want", "something", "anything", "everything", "other", "more",
        "very", "much", "many", "good", "sure", "next", "meeting", "today", "time", "guess", "because", "when", "where",
        "these", "those", "only", "even", "still", "again", "over", "each", "both", "whatever", "probably", "might",
    };

    public static bool IsContent(string word) => word.Length >= 4 && !StopWords.Contains(word) && char.IsLetter(word[0]);

    /// <summary>The stems of a phrase's content words, to compare two phrases by what they are about.</summary>
    public static HashSet<string> StemsOf(string text) =>
        text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(TranscriptSentenceSplitter.Normalize).Where(IsContent).Select(Stem).ToHashSet(StringComparer.Ordinal);

    public static string Stem(string word)
    {
        foreach (string suffix in (ReadOnlySpan<string>)["ings", "ing", "ers", "er", "es", "ed", "s", "ly"])
        {
            if (word.Length - suffix.Length >= 4 && word.EndsWith(suffix, StringComparison.Ordinal))
            {
                return word[..^suffix.Length];
            }
        }

        return word;
    }
}
