namespace ActionTracker.Core.Views;

public enum ViewActionKind
{
    Done,
    Start,
    Snooze,
    NewDate,
    Reassign,
    Edit,
    Accept,
    Decline,
    ProposeDate,
    Reopen,
    Confirm,
    Dismiss,
    More,
    AddDevelopment,
}
