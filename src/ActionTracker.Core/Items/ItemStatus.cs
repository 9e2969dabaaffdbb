namespace ActionTracker.Core.Items;

public enum ItemStatus
{
    /// <summary>Assigned by someone else and not yet accepted by the owner.</summary>
    Proposed,
    Open,
    InProgress,
    Blocked,
    Done,
    Cancelled,
}
