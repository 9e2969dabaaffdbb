namespace ActionTracker.Slack.Protocol;

/// <summary>What the adapter needs from an HTTP request: the raw bytes (signatures cover them) and the headers.</summary>
public sealed record SlackRequest
{
    public required ReadOnlyMemory<byte> Body { get; init; }

    /// <summary>Header names compared case-insensitively.</summary>
    public required IReadOnlyDictionary<string, string> Headers { get; init; }

    /// <summary>Query string values (OAuth callback).</summary>
    public IReadOnlyDictionary<string, string> Query { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>Public base address of this service, for links such as the install page.</summary>
    public Uri? BaseUrl { get; init; }

    public string? Header(string name) => Headers.TryGetValue(name, out string? value) ? value : null;
}
