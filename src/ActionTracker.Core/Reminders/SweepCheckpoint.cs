namespace ActionTracker.Core.Reminders;

/// <summary>The points of one DM's delivery where a crash leaves different traces (see DESIGN §8's declared gap).</summary>
public enum SweepCheckpoint
{
    /// <summary>The DM is planned; nothing is claimed yet.</summary>
    BeforeClaim,

    /// <summary>The rungs are claimed; nothing is sent.</summary>
    AfterClaim,

    /// <summary>The platform accepted the DM; the rungs are not marked sent yet (the one window that may repeat a DM).</summary>
    AfterSend,

    /// <summary>The rungs are marked sent.</summary>
    AfterMark,
}
