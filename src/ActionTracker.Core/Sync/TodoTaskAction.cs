namespace ActionTracker.Core.Sync;

/// <summary>What to do to the To Do task.</summary>
public enum TodoTaskAction
{
    None,
    Create,
    Update,
    Delete,
}
