namespace ActionTracker.Core.Transcripts;

/// <summary>One action item as a model proposed it; every field may be missing or wrong.</summary>
public sealed record ModelAnswerItem
{
    public string? Task { get; init; }

    public string? Owner { get; init; }

    /// <summary>The deadline words as said ("by Friday"), resolved by our date resolver, never taken as a date.</summary>
    public string? Due { get; init; }

    /// <summary>The number of the turn that states the item, as numbered in the prompt.</summary>
    public int? QuoteTurn { get; init; }

    public double? Confidence { get; init; }

    public string? Reason { get; init; }
}
