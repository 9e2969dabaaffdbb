namespace ActionTracker.Core.Transcripts;

/// <summary>What survived the check of one model answer, and how much did not.</summary>
public sealed record ModelDrafts
{
    public static readonly ModelDrafts Empty = new() { Items = [], Decisions = [] };

    /// <summary>Checked items with the cue index of their quote.</summary>
    public required IReadOnlyList<(int Cue, DraftItem Item)> Items { get; init; }

    public required IReadOnlyList<(int Cue, DraftDecision Decision)> Decisions { get; init; }

    /// <summary>Items and decisions the model proposed.</summary>
    public int Proposed { get; init; }

    /// <summary>Proposals dropped: a turn not shown to the model, an empty or vague task.</summary>
    public int Dropped { get; init; }
}
