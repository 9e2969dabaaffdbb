namespace ActionTracker.Core.Transcripts;

/// <summary>
/// Handing something over by name, then saying what to do: "Raj, you own that. Bring a proposal to the offsite." The
/// instruction after the hand-over is the named person's task.
/// </summary>
internal static class HandOverRules
{
    public const string Reason = "task handed to a named person";

    private const int MaxHandOverWords = 8;

    private static readonly string[][] HandOvers =
    [
        ["you", "own", "that"], ["you", "own", "this"], ["you", "own", "it"], ["that's", "yours"], ["this", "is", "yours"],
        ["that", "one's", "yours"], ["over", "to", "you"], ["you", "take", "that"], ["you", "take", "this"], ["you're", "on", "point"],
        ["that's", "on", "you"], ["that's", "with", "you"],
    ];

    /// <summary>
    /// The instruction of sentence <paramref name="index"/> as the task of whoever the same speaker handed something to
    /// in the sentence just before, or null when there was no such hand-over.
    /// </summary>
    public static CommitmentMatch? AsHandedOver(List<TranscriptSentence> sentences, int index, CommitmentMatch instruction, SpeakerDirectory speakers)
    {
        if (index == 0 || instruction.Kind != CommitmentKind.Addressee || instruction.CueStart != instruction.TaskStart)
        {
            return null;
        }

        TranscriptSentence sentence = sentences[index];
        TranscriptSentence before = sentences[index - 1];
        if (!string.Equals(before.Speaker, sentence.Speaker, StringComparison.OrdinalIgnoreCase) || sentence.CueIndex - before.CueIndex > 1
            || before.Words.Length > MaxHandOverWords || !HandOvers.Any(h => before.Words.AsSpan().IndexOf(h) >= 0))
        {
            return null;
        }

        List<string> named = speakers.FindMentions(before.Words).Select(m => m.Speaker)
            .Where(s => !s.Equals(sentence.Speaker, StringComparison.OrdinalIgnoreCase))
            .Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        return named.Count == 1
            ? instruction with { Kind = CommitmentKind.Named, Named = named[0], Confidence = 0.6, Reason = Reason }
            : null;
    }
}
