namespace ActionTracker.Core.Transcripts;

/// <summary>
/// Whether the person a task was handed to takes it on in their next words ("Sure.", "Will do.", "Yes, I'll have it
/// by Friday."): a request that its owner accepts out loud is a follow-up, not a passing remark.
/// </summary>
internal static class TakeOnReply
{
    /// <summary>How many sentences after the request the owner's answer may come.</summary>
    public const int Reach = 4;

    /// <summary>Words that only lead into the answer ("okay, sure", "oh yes").</summary>
    private static readonly HashSet<string> Openers = new(StringComparer.Ordinal) { "okay", "ok", "oh", "um", "uh", "yeah", "right", "alright", "well", "and" };

    // "Yeah" and "okay" alone are left out: they are mostly someone listening, not someone taking on work.
    private static readonly string[][] Acceptances =
    [
        ["sure"], ["yes"], ["yep"], ["absolutely"], ["certainly"], ["definitely"], ["will", "do"], ["can", "do"], ["no", "problem"],
        ["of", "course"], ["on", "it"], ["got", "it"], ["understood"], ["happy", "to"], ["i'll"], ["i", "will"], ["i", "can"],
        ["i'm", "on"], ["consider", "it", "done"],
    ];

    public static bool IsTakenOn(List<TranscriptSentence> sentences, int index, string owner)
    {
        string? asker = sentences[index].Speaker;
        for (int i = index + 1; i < sentences.Count && i <= index + Reach; i++)
        {
            TranscriptSentence answer = sentences[i];
            if (answer.Speaker is null || answer.Speaker.Equals(asker, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            return !answer.IsQuestion && answer.Speaker.Equals(owner, StringComparison.OrdinalIgnoreCase) && StartsWithAcceptance(answer.Words);
        }

        return false;
    }

    private static bool StartsWithAcceptance(string[] words)
    {
        int start = 0;
        while (start < words.Length && start < 2 && Openers.Contains(words[start]))
        {
            start++;
        }

        foreach (string[] acceptance in Acceptances)
        {
            if (start + acceptance.Length <= words.Length && acceptance.AsSpan().SequenceEqual(words.AsSpan(start, acceptance.Length)))
            {
                return true;
            }
        }

        return false;
    }
}
