namespace ActionTracker.Core.Transcripts;

/// <summary>How many drafts the rule-based extractor proposes: people confirm each one by hand, so fewer, better ones.</summary>
public sealed record RuleBasedExtractorOptions
{
    public static readonly RuleBasedExtractorOptions Default = new();

    /// <summary>Drafts below this confidence are dropped.</summary>
    public double MinItemConfidence { get; init; } = 0.6;

    public double MinDecisionConfidence { get; init; } = 0.3;

    /// <summary>At most this many items, plus <see cref="ItemsPerThousandWords"/> per thousand spoken words.</summary>
    public int BaseItems { get; init; } = 3;

    public double ItemsPerThousandWords { get; init; } = 0.5;

    /// <summary>Items at least this confident are kept past the cap: a meeting that assigns ten tasks outright has ten.</summary>
    public double UncappedItemConfidence { get; init; } = 0.65;

    public int BaseDecisions { get; init; } = 4;

    public double DecisionsPerThousandWords { get; init; } = 1.0;
}
