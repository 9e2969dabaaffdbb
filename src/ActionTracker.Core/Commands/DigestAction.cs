namespace ActionTracker.Core.Commands;

public enum DigestAction
{
    /// <summary>Where and when the weekly digest goes.</summary>
    Setup,

    /// <summary>This week's digest shown only to the requester.</summary>
    Preview,

    /// <summary>This week's digest posted to the leadership channel at once.</summary>
    Now,
}
