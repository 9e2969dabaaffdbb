namespace ActionTracker.Core.Commands;

/// <summary>Which of the scope's items a <c>list</c> shows.</summary>
public enum ListFilter
{
    /// <summary>Open items (not done or cancelled); the default.</summary>
    Open,
    Overdue,
    DueThisWeek,
    Blocked,
    DoneSince,
}
