namespace ActionTracker.Core.Transcripts;

/// <summary>
/// One sentence of a cue, with its words twice: <see cref="Raw"/> as spoken (for task phrases and quotes) and
/// <see cref="Words"/> lower-cased without surrounding punctuation (for the rules), index-aligned.
/// </summary>
internal sealed record TranscriptSentence
{
    public required int CueIndex { get; init; }

    public required string? Speaker { get; init; }

    public required TimeSpan? Start { get; init; }

    public required string Text { get; init; }

    public required string[] Raw { get; init; }

    public required string[] Words { get; init; }

    /// <summary>Position of the cue in the meeting, 0 at the start and 1 at the end.</summary>
    public required double Position { get; init; }

    /// <summary>How many cues the whole transcript has.</summary>
    public required int MeetingCues { get; init; }

    public bool IsQuestion => Text.EndsWith('?');
}
