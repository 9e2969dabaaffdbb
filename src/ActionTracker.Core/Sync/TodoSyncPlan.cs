namespace ActionTracker.Core.Sync;

/// <summary>The outcome of comparing an item with its task: what to send to To Do, what to change here, and any conflict.</summary>
public sealed record TodoSyncPlan
{
    public static readonly TodoSyncPlan Nothing = new();

    public TodoTaskAction Task { get; init; }

    /// <summary>What the task should show after <see cref="Task"/> (Create/Update); also what the link remembers.</summary>
    public TodoTaskContent? Content { get; init; }

    public TodoItemAction Item { get; init; }

    public SyncConflict? Conflict { get; init; }

    /// <summary>The link is no longer needed: the item left the person's list.</summary>
    public bool DropLink { get; init; }

    /// <summary>The person deleted the task in To Do: remember that, so it is not created again.</summary>
    public bool DetachLink { get; init; }
}
