namespace ActionTracker.Core.Items;

/// <summary>p1 Urgent, p2 High, p3 Normal, p4 Low.</summary>
public enum Priority
{
    Low,
    Normal,
    High,
    Urgent,
}
