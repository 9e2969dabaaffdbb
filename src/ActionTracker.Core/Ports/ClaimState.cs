namespace ActionTracker.Core.Ports;

public enum ClaimState
{
    /// <summary>The caller now owns the work and must complete or release the claim.</summary>
    Claimed,

    /// <summary>The work was already done; skip it.</summary>
    AlreadyCompleted,

    /// <summary>Someone else holds a fresh claim; try again later.</summary>
    InProgress,
}
