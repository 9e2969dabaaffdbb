namespace ActionTracker.Core.Items;

/// <summary>Where an item came from; for transcripts, the quote, its timestamp and the extractor's confidence.</summary>
public sealed record ItemSource
{
    public static readonly ItemSource Command = new() { Kind = ItemSourceKind.Command };

    public required ItemSourceKind Kind { get; init; }

    public string? Quote { get; init; }

    public TimeSpan? TranscriptTimestamp { get; init; }

    public double? Confidence { get; init; }
}
