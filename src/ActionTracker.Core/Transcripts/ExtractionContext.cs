namespace ActionTracker.Core.Transcripts;

/// <summary>What an extractor may use besides the transcript itself.</summary>
public sealed record ExtractionContext
{
    public static readonly ExtractionContext None = new();

    /// <summary>The meeting's calendar date; relative dates ("by Friday") stay unresolved without it.</summary>
    public DateOnly? MeetingDate { get; init; }

    /// <summary>IANA zone the meeting date is in; relative dates resolve in it.</summary>
    public string TimeZoneId { get; init; } = "UTC";
}
