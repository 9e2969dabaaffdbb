namespace ActionTracker.Teams.Auth;

/// <summary>OpenID metadata or the key set could not be fetched; requests are refused (fail closed).</summary>
public sealed class MetadataUnavailableException : Exception
{
    public MetadataUnavailableException()
    {
    }

    public MetadataUnavailableException(string message)
        : base(message)
    {
    }

    public MetadataUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
