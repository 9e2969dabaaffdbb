namespace ActionTracker.Core.Transcripts;

/// <summary>The largest transcript the bot reads: bigger files are refused with a message, not parsed.</summary>
public static class TranscriptLimits
{
    /// <summary>5 MB: a 4-hour Teams transcript is well under 2 MB of VTT.</summary>
    public const int MaxBytes = 5 * 1024 * 1024;

    /// <summary>Meetings longer than this are refused; a later cue means a broken file or a recording left running.</summary>
    public static readonly TimeSpan MaxDuration = TimeSpan.FromHours(4);
}
