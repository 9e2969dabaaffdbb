namespace ActionTracker.Core.Ports;

/// <summary>Graph refused to read or write the person's tasks (401/403): permissions are missing, retrying cannot help.</summary>
public sealed class TodoAccessDeniedException : Exception
{
    public TodoAccessDeniedException()
        : this("access denied")
    {
    }

    public TodoAccessDeniedException(string reason)
        : base("Microsoft Graph refused access to the person's tasks: " + reason)
    {
        Reason = reason;
    }

    public TodoAccessDeniedException(string reason, Exception innerException)
        : base("Microsoft Graph refused access to the person's tasks: " + reason, innerException)
    {
        Reason = reason;
    }

    public string Reason { get; }
}
