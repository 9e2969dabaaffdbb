namespace ActionTracker.Core.Sync;

/// <summary>Graph's task importance.</summary>
public enum TodoImportance
{
    Low,
    Normal,
    High,
}
