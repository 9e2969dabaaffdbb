namespace ActionTracker.Teams.Connector;

/// <summary>A connector or token call failed; <see cref="StatusCode"/> is 0 when no answer came.</summary>
public sealed class ConnectorException : Exception
{
    public ConnectorException()
    {
    }

    public ConnectorException(string message)
        : base(message)
    {
    }

    public ConnectorException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public ConnectorException(string operation, int statusCode)
        : base($"Teams {operation} failed with HTTP {statusCode}")
    {
        Operation = operation;
        StatusCode = statusCode;
    }

    public string? Operation { get; }

    public int StatusCode { get; }
}
