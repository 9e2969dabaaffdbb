namespace ActionTracker.Core.Meetings;

/// <summary>A fetched transcript, or the reason (for people, not logs) it could not be fetched.</summary>
public sealed record TranscriptFetch
{
    public ReadOnlyMemory<byte> Content { get; init; }

    public string? FileName { get; init; }

    public string? Error { get; init; }

    /// <summary>A meeting title the platform knows (Graph, the meetingEnd event).</summary>
    public string? MeetingTitle { get; init; }

    public DateTimeOffset? MeetingStart { get; init; }

    public bool IsSuccess => Error is null;

    public static TranscriptFetch Failed(string error) => new() { Error = error };
}
