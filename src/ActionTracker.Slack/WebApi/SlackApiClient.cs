using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ActionTracker.Slack.WebApi;

/// <summary>
/// Slack Web API over HTTP: <c>{ApiBaseUrl}{method}</c>, bearer token per workspace, <c>ok:false</c> → <see cref="SlackApiException"/>.
/// Calls are paced to Slack's per-method tiers (<see cref="SlackRateLimiter"/>); a 429 holds the method back for its
/// Retry-After (capped) and tries at most three times; anything else is not re-sent, so a POST that may have been
/// applied (timeout, 5xx) never posts twice.
/// </summary>
public sealed class SlackApiClient
{
    public const int MaxAttempts = 3;
    public static readonly TimeSpan MaxRetryAfter = TimeSpan.FromSeconds(30);

    private readonly HttpClient _http;
    private readonly SlackOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger<SlackApiClient> _logger;

    public SlackApiClient(HttpClient http, IOptions<SlackOptions> options, TimeProvider time, ILogger<SlackApiClient> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _http = http;
        _options = options.Value;
        _time = time;
        _logger = logger;
        Limiter = new SlackRateLimiter(time);
    }

    /// <summary>Paces calls to Slack's per-method tiers, per workspace token.</summary>
    public SlackRateLimiter Limiter { get; }

    /// <summary>A JSON-bodied method (chat.*, views.*, conversations.open).</summary>
    public Task<JsonObject> CallAsync(string method, string token, JsonObject body, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(body);
        string json = body.ToJsonString();
        string? channel = body["channel"]?.GetValueKind() == System.Text.Json.JsonValueKind.String ? body["channel"]!.GetValue<string>() : null;
        return SendAsync(method, () => new StringContent(json, Encoding.UTF8, "application/json"), new AuthenticationHeaderValue("Bearer", token), channel, cancellationToken);
    }

    /// <summary>A form-bodied method (users.*, conversations.members, oauth.v2.access): read methods do not take JSON.</summary>
    public Task<JsonObject> CallFormAsync(string method, AuthenticationHeaderValue? authorization, IReadOnlyDictionary<string, string> fields, CancellationToken cancellationToken) =>
        SendAsync(method, () => new FormUrlEncodedContent(fields), authorization, fields.GetValueOrDefault("channel"), cancellationToken);

    public Task<JsonObject> CallFormAsync(string method, string token, IReadOnlyDictionary<string, string> fields, CancellationToken cancellationToken) =>
        CallFormAsync(method, new AuthenticationHeaderValue("Bearer", token), fields, cancellationToken);

    /// <summary>Posts to an interaction's response_url, only when its host is allowed (it is a bearer-like capability).</summary>
    public async Task<bool> PostToResponseUrlAsync(string responseUrl, JsonObject body, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(body);
        if (!IsAllowedResponseUrl(responseUrl, out Uri? url))
        {
            Log.ResponseUrlRefused(_logger, url?.Host ?? "(invalid)");
            return false;
        }

        using var content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json");
        using HttpResponseMessage response = await _http.PostAsync(url, content, cancellationToken);
        return response.IsSuccessStatusCode;
    }

    /// <summary>
    /// Downloads a private file (url_private_download) with the bot token: only from Slack's hosts (or the configured API
    /// host), at most <paramref name="maxBytes"/>, and never an HTML page (what Slack answers when files:read is missing).
    /// </summary>
    public async Task<(byte[]? Content, string? Error)> DownloadAsync(string url, string token, int maxBytes, CancellationToken cancellationToken)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out Uri? parsed)
            || !(parsed.Scheme == Uri.UriSchemeHttps || (parsed.Scheme == Uri.UriSchemeHttp && parsed.IsLoopback))
            || !(parsed.Host.EndsWith(".slack.com", StringComparison.OrdinalIgnoreCase) || string.Equals(parsed.Host, _options.ApiBaseUrl.Host, StringComparison.OrdinalIgnoreCase)))
        {
            return (null, "the file's download link is not a Slack address");
        }

        using var request = new HttpRequestMessage(HttpMethod.Get, parsed);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using HttpResponseMessage response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            return (null, "Slack refused the download (HTTP " + ((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture) + ")");
        }

        if (response.Content.Headers.ContentType?.MediaType is "text/html")
        {
            return (null, "Slack sent a sign-in page instead of the file; the app needs the files:read permission");
        }

        if (response.Content.Headers.ContentLength > maxBytes)
        {
            return (null, "too large");
        }

        await using Stream body = await response.Content.ReadAsStreamAsync(cancellationToken);
        using var buffer = new MemoryStream();
        byte[] chunk = new byte[16 * 1024];
        int read;
        while ((read = await body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                return (null, "too large");
            }

            buffer.Write(chunk, 0, read);
        }

        return (buffer.ToArray(), null);
    }

    public bool IsAllowedResponseUrl(string? responseUrl, out Uri? url)
    {
        url = null;
        if (!Uri.TryCreate(responseUrl, UriKind.Absolute, out Uri? parsed))
        {
            return false;
        }

        url = parsed;
        bool secure = parsed.Scheme == Uri.UriSchemeHttps || (parsed.Scheme == Uri.UriSchemeHttp && parsed.IsLoopback);
        return secure && _options.AllowedResponseUrlHosts.Any(h => string.Equals(h, parsed.Host, StringComparison.OrdinalIgnoreCase));
    }

    private async Task<JsonObject> SendAsync(
        string method, Func<HttpContent> content, AuthenticationHeaderValue? authorization, string? channel, CancellationToken cancellationToken)
    {
        var url = new Uri(_options.ApiBaseUrl, method);

        // Workspace tokens are paced per method; app-level and client credentials (Socket Mode, OAuth) are not.
        string? token = authorization is { Scheme: "Bearer", Parameter: { Length: > 0 } bearer } && !bearer.StartsWith("xapp-", StringComparison.Ordinal) ? bearer : null;
        for (int attempt = 1; ; attempt++)
        {
            if (token is not null)
            {
                await Limiter.WaitAsync(method, token, channel, cancellationToken);
            }

            using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = content() };
            request.Headers.Authorization = authorization;
            using HttpResponseMessage response = await _http.SendAsync(request, cancellationToken);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                if (attempt >= MaxAttempts)
                {
                    throw new SlackApiException("ratelimited");
                }

                TimeSpan delay = response.Headers.RetryAfter?.Delta ?? TimeSpan.FromSeconds(1);
                delay = delay > MaxRetryAfter ? MaxRetryAfter : delay < TimeSpan.Zero ? TimeSpan.Zero : delay;
                Log.RateLimited(_logger, method, delay);
                if (token is not null)
                {
                    // Everyone else calling this method for the workspace waits too; this call's wait is taken here.
                    Limiter.Penalize(method, token, channel, delay);
                    continue;
                }

                await Task.Delay(delay, _time, cancellationToken);
                continue;
            }

            if (!response.IsSuccessStatusCode)
            {
                Log.ApiFailed(_logger, method, "http_" + ((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture));
                throw new SlackApiException("http_" + ((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture));
            }

            string text = await response.Content.ReadAsStringAsync(cancellationToken);
            JsonObject? body;
            try
            {
                body = JsonNode.Parse(text) as JsonObject;
            }
            catch (System.Text.Json.JsonException exception)
            {
                throw new SlackApiException("invalid_response", exception);
            }

            if (body is null)
            {
                throw new SlackApiException("invalid_response");
            }

            if (body["ok"]?.GetValueKind() != System.Text.Json.JsonValueKind.True)
            {
                string error = body["error"]?.GetValueKind() == System.Text.Json.JsonValueKind.String ? body["error"]!.GetValue<string>() : "unknown_error";
                Log.ApiFailed(_logger, method, error);
                throw new SlackApiException(error);
            }

            return body;
        }
    }
}
