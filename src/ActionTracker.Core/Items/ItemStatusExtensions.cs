namespace ActionTracker.Core.Items;

public static class ItemStatusExtensions
{
    /// <summary>Done and cancelled items need no more reminders and count as closed.</summary>
    public static bool IsClosed(this ItemStatus status) => status is ItemStatus.Done or ItemStatus.Cancelled;
}
