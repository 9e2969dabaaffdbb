using ActionTracker.Core.Items;

namespace ActionTracker.Core.Execution;

/// <summary>The result of applying an <see cref="ItemChange"/>: the item as stored now, or the error; <see cref="Before"/> is the version it replaced.</summary>
internal sealed record UpdateOutcome(ActionItem? Item, ActionItem? Before, string? Error, string? Info)
{
    public bool Changed => Item is not null && Before is not null && Error is null && Info is null;
}
