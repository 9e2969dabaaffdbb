namespace ActionTracker.Core.Transcripts;

/// <summary>One speaker turn of a transcript: who said it, what, and when (offset from the meeting start).</summary>
public sealed record TranscriptCue
{
    /// <summary>The speaker as the transcript names them; null when the format carries no speaker.</summary>
    public string? Speaker { get; init; }

    public required string Text { get; init; }

    /// <summary>Offset of the cue from the start of the recording; null for formats without times.</summary>
    public TimeSpan? Start { get; init; }
}
