namespace ActionTracker.Core.Sync;

/// <summary>What to do to our item because of the task.</summary>
public enum TodoItemAction
{
    None,
    MarkDone,
    Reopen,
}
