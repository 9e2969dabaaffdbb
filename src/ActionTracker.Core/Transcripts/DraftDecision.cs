namespace ActionTracker.Core.Transcripts;

/// <summary>A decision proposed from a transcript.</summary>
public sealed record DraftDecision
{
    public required string Text { get; init; }

    public required string Quote { get; init; }

    public string? Speaker { get; init; }

    public TimeSpan? Timestamp { get; init; }

    public required double Confidence { get; init; }

    public required string Reason { get; init; }
}
