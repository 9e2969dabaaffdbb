namespace ActionTracker.Core.Meetings;

/// <summary>
/// How long pasted transcript text is kept once its extraction has run. Zero (the default) deletes it at once; the
/// draft's quotes are kept either way. Files and Teams meeting transcripts are read from the platform and never stored.
/// </summary>
public sealed record TranscriptRetention
{
    public static readonly TranscriptRetention None = new();

    public TimeSpan Raw { get; init; }
}
