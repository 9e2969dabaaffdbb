using ActionTracker.Core.Items;

namespace ActionTracker.Core.Execution;

/// <summary>What a command wants to do to an item: the new version, a refusal, or "nothing to do" with a reason.</summary>
internal sealed record ItemChange(ActionItem? Updated, string? Refusal = null, string? NothingToDo = null)
{
    public static ItemChange To(ActionItem updated) => new(updated);

    public static ItemChange Refuse(string message) => new(null, Refusal: message);

    public static ItemChange None(string message) => new(null, NothingToDo: message);
}
