namespace ActionTracker.Teams.Auth;

/// <summary>
/// Hosts the bot will send to (and hand its token to). A forged serviceUrl would otherwise receive the bot's token.
/// Patterns are exact hosts or <c>*.suffix</c>; loopback is allowed only in Development (or when listed).
/// </summary>
public sealed class ServiceUrlPolicy
{
    private readonly IReadOnlyList<string> _patterns;

    public ServiceUrlPolicy(IEnumerable<string> patterns, bool allowLoopback)
    {
        var list = patterns.Where(p => !string.IsNullOrWhiteSpace(p)).Select(p => p.Trim()).ToList();
        if (allowLoopback)
        {
            list.Add("localhost");
            list.Add("127.0.0.1");
        }

        _patterns = list;
    }

    public bool IsAllowed(string? serviceUrl)
    {
        if (!Uri.TryCreate(serviceUrl, UriKind.Absolute, out Uri? uri) || !string.IsNullOrEmpty(uri.UserInfo))
        {
            return false;
        }

        // Plain http only for a client on this machine (local chat clients, test fakes).
        bool secure = uri.Scheme == Uri.UriSchemeHttps || (uri.Scheme == Uri.UriSchemeHttp && uri.IsLoopback);
        return secure && _patterns.Any(p => Matches(p, uri.Host));
    }

    internal static bool Matches(string pattern, string host)
    {
        if (pattern.StartsWith("*.", StringComparison.Ordinal))
        {
            string suffix = pattern[1..];
            return host.EndsWith(suffix, StringComparison.OrdinalIgnoreCase) && host.Length > suffix.Length;
        }

        return string.Equals(pattern, host, StringComparison.OrdinalIgnoreCase);
    }
}
