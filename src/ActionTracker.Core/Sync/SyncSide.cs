namespace ActionTracker.Core.Sync;

/// <summary>Which copy of an item won a sync conflict.</summary>
public enum SyncSide
{
    /// <summary>ActionTracker's item.</summary>
    Ours,

    /// <summary>The To Do task.</summary>
    Theirs,
}
