namespace ActionTracker.Core.Meetings;

/// <summary>
/// How long pasted transcript text is kept once its extraction has run. Zero (the default) deletes it at once; the
/// draft's quotes are kept either way. Files and Teams meeting transcripts are read from the platform and never stored.
/// </summary>
public sealed record TranscriptRetention
{
    public static readonly TranscriptRetention None = new();

    /// <summary>
    /// Pasted text whose extraction never ran (its queued job was lost or set aside as poison) is deleted after this
    /// long anyway; extraction normally runs within seconds, and retries give up within the hour.
    /// </summary>
    public static readonly TimeSpan Unprocessed = TimeSpan.FromDays(7);

    public TimeSpan Raw { get; init; }
}
