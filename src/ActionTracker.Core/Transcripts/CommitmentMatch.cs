namespace ActionTracker.Core.Transcripts;

/// <summary>A commitment cue found in a sentence: the task's words start at <see cref="TaskStart"/>.</summary>
internal sealed record CommitmentMatch
{
    public required CommitmentKind Kind { get; init; }

    public required int TaskStart { get; init; }

    /// <summary>The speaker a <see cref="CommitmentKind.Named"/> cue names.</summary>
    public string? Named { get; init; }

    public required double Confidence { get; init; }

    public required string Reason { get; init; }
}
