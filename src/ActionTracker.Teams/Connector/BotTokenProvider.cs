using System.Net.Http.Json;
using ActionTracker.Teams.Protocol;
using Microsoft.Extensions.Options;

namespace ActionTracker.Teams.Connector;

/// <summary>Client-credentials token for the connector, cached until five minutes before it expires.</summary>
public sealed class BotTokenProvider : IDisposable
{
    public const string HttpClientName = "ActionTracker.Teams.Token";
    public const string Scope = "https://api.botframework.com/.default";

    private static readonly TimeSpan EarlyRefresh = TimeSpan.FromMinutes(5);

    private readonly IHttpClientFactory _httpClients;
    private readonly IOptions<TeamsOptions> _options;
    private readonly TimeProvider _time;
    private readonly SemaphoreSlim _lock = new(1, 1);
    private string? _token;
    private DateTimeOffset _refreshAt;

    public BotTokenProvider(IHttpClientFactory httpClients, IOptions<TeamsOptions> options, TimeProvider time)
    {
        _httpClients = httpClients;
        _options = options;
        _time = time;
    }

    /// <summary>The bearer token, or null when no app id is configured (local development without a registration).</summary>
    public async Task<string?> GetTokenAsync(CancellationToken cancellationToken)
    {
        TeamsOptions options = _options.Value;
        if (string.IsNullOrEmpty(options.AppId))
        {
            return null;
        }

        if (_token is not null && _time.GetUtcNow() < _refreshAt)
        {
            return _token;
        }

        await _lock.WaitAsync(cancellationToken);
        try
        {
            if (_token is not null && _time.GetUtcNow() < _refreshAt)
            {
                return _token;
            }

            using var form = new FormUrlEncodedContent(
            [
                new("grant_type", "client_credentials"),
                new("client_id", options.AppId),
                new("client_secret", options.AppPassword ?? string.Empty),
                new("scope", Scope),
            ]);
            HttpClient http = _httpClients.CreateClient(HttpClientName);
            using HttpResponseMessage response = await http.PostAsync(TokenEndpoint(options), form, cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                throw new ConnectorException("token", (int)response.StatusCode);
            }

            TokenResponse? token = await response.Content.ReadFromJsonAsync(TeamsJsonContext.Default.TokenResponse, cancellationToken);
            if (token?.AccessToken is not { Length: > 0 } accessToken)
            {
                throw new ConnectorException("token", (int)response.StatusCode);
            }

            _token = accessToken;
            _refreshAt = _time.GetUtcNow() + TimeSpan.FromSeconds(Math.Max(0, token.ExpiresIn)) - EarlyRefresh;
            return _token;
        }
        finally
        {
            _lock.Release();
        }
    }

    public void Dispose() => _lock.Dispose();

    public static Uri TokenEndpoint(TeamsOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!string.IsNullOrEmpty(options.TokenEndpoint))
        {
            return new Uri(options.TokenEndpoint, UriKind.Absolute);
        }

        string tenant = string.IsNullOrEmpty(options.AppTenantId) ? "botframework.com" : options.AppTenantId;
        return new Uri("https://login.microsoftonline.com/" + Uri.EscapeDataString(tenant) + "/oauth2/v2.0/token", UriKind.Absolute);
    }
}
