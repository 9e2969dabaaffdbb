using ActionTracker.Core.Items;
using ActionTracker.Core.People;

namespace ActionTracker.Core.Reviews;

/// <summary>A person's follow-through over a period, computed from their items.</summary>
public sealed record ReviewReport
{
    public required PersonRef Person { get; init; }

    public required DateOnly From { get; init; }

    public required DateOnly To { get; init; }

    public IReadOnlyList<ActionItem> CompletedOnTime { get; init; } = [];

    public IReadOnlyList<ActionItem> CompletedLate { get; init; } = [];

    /// <summary>Items due in the period that are still open past their date.</summary>
    public IReadOnlyList<ActionItem> Missed { get; init; } = [];

    /// <summary>Completed items per goal id ("no goal" for unlinked ones).</summary>
    public IReadOnlyDictionary<string, int> CompletedByGoal { get; init; } = new Dictionary<string, int>();

    /// <summary>Completed / (completed + missed); null when there was nothing to complete.</summary>
    public double? CompletionRate { get; init; }

    public double? MedianDaysLate { get; init; }

    public DateOnly PreviousFrom { get; init; }

    /// <summary>Development items agreed in the previous period of the same length.</summary>
    public IReadOnlyList<ActionItem> PreviousDevelopmentItems { get; init; } = [];

    /// <summary>Open overdue, blocked and open development items.</summary>
    public IReadOnlyList<ActionItem> ToDiscuss { get; init; } = [];
}
