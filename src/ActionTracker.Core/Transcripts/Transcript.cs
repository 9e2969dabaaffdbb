namespace ActionTracker.Core.Transcripts;

/// <summary>A parsed meeting transcript: speaker turns in order.</summary>
public sealed record Transcript
{
    public required IReadOnlyList<TranscriptCue> Cues { get; init; }

    public required TranscriptFormat Format { get; init; }

    /// <summary>Distinct speaker names in order of first appearance.</summary>
    public IReadOnlyList<string> Speakers =>
        Cues.Select(c => c.Speaker).OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase).ToList();
}
