namespace ActionTracker.Core.Ports;

/// <summary>
/// A DM or post the platform refused for good (the person left or was deactivated, the app was uninstalled, 403/404):
/// retrying cannot help, so the scheduler records it instead of trying again.
/// </summary>
public sealed class RecipientUnreachableException : Exception
{
    public RecipientUnreachableException()
        : this("unreachable")
    {
    }

    public RecipientUnreachableException(string reason)
        : base("The recipient cannot be reached: " + reason)
    {
        Reason = reason;
    }

    public RecipientUnreachableException(string reason, Exception innerException)
        : base("The recipient cannot be reached: " + reason, innerException)
    {
        Reason = reason;
    }

    public string Reason { get; }
}
