namespace ActionTracker.Core.Transcripts;

/// <summary>The outcome of reading a transcript file: the transcript, or a message to show the person who sent it.</summary>
public sealed record TranscriptReadResult
{
    public Transcript? Transcript { get; init; }

    /// <summary>A user-facing reason the file could not be read; null on success.</summary>
    public string? Error { get; init; }

    public bool IsSuccess => Transcript is not null;

    public static TranscriptReadResult Success(Transcript transcript) => new() { Transcript = transcript };

    public static TranscriptReadResult Failure(string error) => new() { Error = error };
}
