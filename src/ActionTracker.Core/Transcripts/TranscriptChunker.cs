namespace ActionTracker.Core.Transcripts;

/// <summary>
/// Splits a long transcript into runs of whole turns that fit a model's token budget. Neighbouring runs share a few
/// turns, so a request and its answer ("can you take…" / "sure, I'll…") are seen together at least once.
/// </summary>
public static class TranscriptChunker
{
    /// <summary>Turns repeated at the start of the next chunk.</summary>
    public const int OverlapTurns = 4;

    /// <summary>Per-turn cost of the "[12] 00:01:10.250 Name: " prefix, in tokens.</summary>
    private const int TurnOverheadTokens = 8;

    public static IReadOnlyList<TranscriptChunk> Split(Transcript transcript, int maxTokens)
    {
        ArgumentNullException.ThrowIfNull(transcript);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxTokens, 1);
        IReadOnlyList<TranscriptCue> cues = transcript.Cues;
        var chunks = new List<TranscriptChunk>();
        int first = 0;
        while (first < cues.Count)
        {
            int end = first;
            int tokens = 0;
            // Always at least one turn, even one over the budget: a turn is never cut.
            while (end < cues.Count && (end == first || tokens + EstimateTokens(cues[end]) <= maxTokens))
            {
                tokens += EstimateTokens(cues[end]);
                end++;
            }

            chunks.Add(new TranscriptChunk(first, end - first));
            if (end >= cues.Count)
            {
                break;
            }

            // Step back for the overlap, but always move forward.
            first = Math.Max(first + 1, end - OverlapTurns);
        }

        return chunks;
    }

    /// <summary>About four characters a token for English text: close enough to keep requests under a budget.</summary>
    public static int EstimateTokens(TranscriptCue cue)
    {
        ArgumentNullException.ThrowIfNull(cue);
        return TurnOverheadTokens + ((cue.Speaker?.Length ?? 0) + cue.Text.Length + 3) / 4;
    }
}
