namespace ActionTracker.Core.Meetings;

/// <summary>Where a draft item stands on the review card; only accepted and edited items become action items.</summary>
public enum DraftReviewState
{
    Pending,
    Accepted,

    /// <summary>Accepted with a changed title, owner or due date.</summary>
    Edited,
    Rejected,
}
