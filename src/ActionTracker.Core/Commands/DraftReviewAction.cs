namespace ActionTracker.Core.Commands;

public enum DraftReviewAction
{
    Show,
    Accept,
    AcceptAll,
    Reject,
    Edit,
}
