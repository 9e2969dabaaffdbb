namespace ActionTracker.Core.Ports;

/// <summary>Storage could not be reached; the request should be retried later and nothing was half-written.</summary>
public sealed class StorageUnavailableException : Exception
{
    public const string UserMessage = "Storage is unavailable right now; nothing was changed. Please try again in a minute.";

    public StorageUnavailableException()
        : base(UserMessage)
    {
    }

    public StorageUnavailableException(string message)
        : base(message)
    {
    }

    public StorageUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
