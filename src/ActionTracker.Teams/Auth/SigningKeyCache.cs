using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace ActionTracker.Teams.Auth;

/// <summary>
/// Bot Framework signing keys from the OpenID metadata's JWKS, cached for at most 24 hours and refreshed early when a
/// token names an unknown key id (at most once a minute, so forged kids cannot hammer the metadata host).
/// </summary>
public sealed class SigningKeyCache : IDisposable
{
    public const string HttpClientName = "ActionTracker.Teams.OpenId";

    private static readonly TimeSpan MaxAge = TimeSpan.FromHours(24);
    private static readonly TimeSpan MinRefreshInterval = TimeSpan.FromMinutes(1);

    private readonly IHttpClientFactory _httpClients;
    private readonly IOptions<TeamsOptions> _options;
    private readonly TimeProvider _time;
    private readonly ILogger<SigningKeyCache> _logger;
    private readonly SemaphoreSlim _refreshLock = new(1, 1);
    private Dictionary<string, SigningKey> _keys = new(StringComparer.Ordinal);
    private DateTimeOffset? _fetchedAt;
    private DateTimeOffset? _lastAttempt;

    public SigningKeyCache(IHttpClientFactory httpClients, IOptions<TeamsOptions> options, TimeProvider time, ILogger<SigningKeyCache> logger)
    {
        _httpClients = httpClients;
        _options = options;
        _time = time;
        _logger = logger;
    }

    /// <summary>The key for <paramref name="kid"/>, or null when the (refreshed) key set does not have it.</summary>
    /// <exception cref="MetadataUnavailableException">No usable key set could be fetched.</exception>
    public async Task<SigningKey?> GetAsync(string kid, CancellationToken cancellationToken)
    {
        DateTimeOffset now = _time.GetUtcNow();
        bool fresh = _fetchedAt is { } fetched && now - fetched < MaxAge;
        if (fresh && _keys.TryGetValue(kid, out SigningKey? cached))
        {
            return cached;
        }

        await _refreshLock.WaitAsync(cancellationToken);
        try
        {
            fresh = _fetchedAt is { } fetchedAgain && now - fetchedAgain < MaxAge;
            if (fresh && _keys.TryGetValue(kid, out cached))
            {
                return cached;
            }

            bool mayRefresh = !fresh || _lastAttempt is not { } last || now - last >= MinRefreshInterval;
            if (mayRefresh)
            {
                _lastAttempt = now;
                await RefreshAsync(fresh, cancellationToken);
            }

            return _keys.GetValueOrDefault(kid);
        }
        finally
        {
            _refreshLock.Release();
        }
    }

    public void Dispose() => _refreshLock.Dispose();

    private async Task RefreshAsync(bool haveFreshKeys, CancellationToken cancellationToken)
    {
        try
        {
            HttpClient http = _httpClients.CreateClient(HttpClientName);
            using JsonDocument metadata = await GetJsonAsync(http, _options.Value.OpenIdMetadataUrl, cancellationToken);
            string jwksUri = metadata.RootElement.TryGetProperty("jwks_uri", out JsonElement uri) && uri.ValueKind == JsonValueKind.String
                ? uri.GetString()!
                : throw new MetadataUnavailableException("OpenID metadata has no jwks_uri");
            using JsonDocument jwks = await GetJsonAsync(http, jwksUri, cancellationToken);
            _keys = ParseKeySet(jwks.RootElement);
            _fetchedAt = _time.GetUtcNow();
            Log.KeysRefreshed(_logger, _keys.Count);
        }
        catch (Exception exception) when (exception is HttpRequestException or JsonException or MetadataUnavailableException or ArgumentException
                                          or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            Log.MetadataUnavailable(_logger, exception.Message);
            if (!haveFreshKeys)
            {
                throw new MetadataUnavailableException("Bot Framework signing keys are unavailable", exception);
            }
        }
    }

    internal static Dictionary<string, SigningKey> ParseKeySet(JsonElement jwks)
    {
        var keys = new Dictionary<string, SigningKey>(StringComparer.Ordinal);
        if (!jwks.TryGetProperty("keys", out JsonElement array) || array.ValueKind != JsonValueKind.Array)
        {
            throw new MetadataUnavailableException("JWKS has no keys array");
        }

        foreach (JsonElement element in array.EnumerateArray())
        {
            var key = new JsonWebKey(element.GetRawText());
            if (string.IsNullOrEmpty(key.Kid))
            {
                continue;
            }

            var endorsements = new List<string>();
            if (element.TryGetProperty("endorsements", out JsonElement list) && list.ValueKind == JsonValueKind.Array)
            {
                endorsements.AddRange(list.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!));
            }

            keys[key.Kid] = new SigningKey(key, endorsements);
        }

        return keys;
    }

    private static async Task<JsonDocument> GetJsonAsync(HttpClient http, string url, CancellationToken cancellationToken)
    {
        using HttpResponseMessage response = await http.GetAsync(new Uri(url, UriKind.Absolute), cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw new MetadataUnavailableException($"{url} answered {(int)response.StatusCode}");
        }

        await using Stream stream = await response.Content.ReadAsStreamAsync(cancellationToken);
        return await JsonDocument.ParseAsync(stream, cancellationToken: cancellationToken);
    }
}
