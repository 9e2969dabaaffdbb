namespace ActionTracker.Core.Ports;

/// <summary>Graph answered 429 or 503: try again after <see cref="RetryAfter"/> (Graph's Retry-After, capped).</summary>
public sealed class TodoThrottledException : Exception
{
    public TodoThrottledException()
        : this(TimeSpan.FromSeconds(30))
    {
    }

    public TodoThrottledException(string message)
        : base(message)
    {
        RetryAfter = TimeSpan.FromSeconds(30);
    }

    public TodoThrottledException(string message, Exception innerException)
        : base(message, innerException)
    {
        RetryAfter = TimeSpan.FromSeconds(30);
    }

    public TodoThrottledException(TimeSpan retryAfter, Exception? innerException = null)
        : base("Microsoft Graph asked to retry later.", innerException)
    {
        RetryAfter = retryAfter;
    }

    public TimeSpan RetryAfter { get; }
}
