namespace ActionTracker.Core.Transcripts;

/// <summary>A commitment cue found in a sentence: the task's words start at <see cref="TaskStart"/>.</summary>
internal sealed record CommitmentMatch
{
    public required CommitmentKind Kind { get; init; }

    public required int TaskStart { get; init; }

    /// <summary>Where the cue itself starts ("Maria" in "Maria will send…"); the task of an earlier cue ends before it.</summary>
    public int CueStart { get; init; } = -1;

    /// <summary>Where the clause of a task listed after another starts ("and for you the slides"), else -1.</summary>
    public int ClauseStart { get; init; } = -1;

    /// <summary>Where the task's words end (exclusive) when another task follows in the sentence, else -1.</summary>
    public int TaskEnd { get; init; } = -1;

    /// <summary>The speaker a <see cref="CommitmentKind.Named"/> cue names.</summary>
    public string? Named { get; init; }

    public required double Confidence { get; init; }

    public required string Reason { get; init; }
}
