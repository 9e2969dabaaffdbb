namespace ActionTracker.Core.Transcripts;

/// <summary>One decision as a model proposed it.</summary>
public sealed record ModelAnswerDecision
{
    public string? Text { get; init; }

    public int? QuoteTurn { get; init; }
}
