namespace ActionTracker.Core.Transcripts;

/// <summary>What an extractor found in one transcript.</summary>
public sealed record TranscriptExtraction
{
    public static readonly TranscriptExtraction Empty = new() { Items = [], Decisions = [] };

    public required IReadOnlyList<DraftItem> Items { get; init; }

    public required IReadOnlyList<DraftDecision> Decisions { get; init; }
}
