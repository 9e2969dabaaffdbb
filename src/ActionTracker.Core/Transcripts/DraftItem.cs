namespace ActionTracker.Core.Transcripts;

/// <summary>An action item proposed from a transcript; nothing is stored until a person confirms it.</summary>
public sealed record DraftItem
{
    /// <summary>Short imperative task phrase, e.g. "Send the revised budget to finance".</summary>
    public required string Task { get; init; }

    /// <summary>The responsible person as named by the transcript's speaker names; null when nobody was named.</summary>
    public string? Owner { get; init; }

    /// <summary>Due date resolved against the meeting date; null when none was said or no meeting date is known.</summary>
    public DateOnly? Due { get; init; }

    /// <summary>The source utterance, verbatim.</summary>
    public required string Quote { get; init; }

    /// <summary>Who said the quote.</summary>
    public string? Speaker { get; init; }

    public TimeSpan? Timestamp { get; init; }

    /// <summary>How sure the extractor is, in [0, 1].</summary>
    public required double Confidence { get; init; }

    /// <summary>Why the utterance was picked: the cue that matched, e.g. "first-person commitment".</summary>
    public required string Reason { get; init; }
}
