using System.Globalization;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;

namespace ActionTracker.Benchmarks.Load;

/// <summary>Requests for the bot's Teams and Slack endpoints and the reference peers, built per request number.</summary>
internal sealed class HttpTargets : IDisposable
{
    public const int Tenants = 32;

    private readonly HttpClient _http = new(new SocketsHttpHandler { MaxConnectionsPerServer = 256, PooledConnectionLifetime = TimeSpan.FromMinutes(5) });

    public void Dispose() => _http.Dispose();

    /// <summary>A Teams message with expectReplies, so the reply comes back in the response body.</summary>
    public async Task<bool> TeamsAsync(Uri url, string text, int n, bool spreadTenants, CancellationToken cancellationToken)
    {
        string tenant = spreadTenants ? "load-tenant-" + (n % Tenants).ToString(CultureInfo.InvariantCulture) : "load-tenant-0";
        string body = $$$"""
            {"type":"message","id":"load-{{{n}}}","timestamp":"2026-11-23T10:00:00Z","serviceUrl":"http://127.0.0.1:9/","channelId":"msteams",
             "from":{"id":"29:load-user","name":"Load User","aadObjectId":"00000000-0000-0000-0000-000000000001"},
             "conversation":{"id":"a:load-{{{tenant}}}","conversationType":"personal","tenantId":"{{{tenant}}}"},
             "recipient":{"id":"28:bot","name":"ActionTracker"},"text":"{{{text}}}","deliveryMode":"expectReplies",
             "channelData":{"tenant":{"id":"{{{tenant}}}"}},"locale":"en-GB"}
            """;
        using var content = new StringContent(body, Encoding.UTF8, "application/json");
        using HttpResponseMessage response = await _http.PostAsync(url, content, cancellationToken);
        await response.Content.ReadAsByteArrayAsync(cancellationToken);
        return response.IsSuccessStatusCode;
    }

    /// <summary>A signed slash command; every request gets a fresh timestamp and signature.</summary>
    public async Task<bool> SlackAsync(Uri url, string command, string text, string secret, int n, bool spreadTenants, CancellationToken cancellationToken)
    {
        string team = spreadTenants ? "TLOAD" + (n % Tenants).ToString("D2", CultureInfo.InvariantCulture) : "TLOAD00";
        string body = "token=unused&team_id=" + team + "&team_domain=load&channel_id=CLOAD&channel_name=general&user_id=ULOAD&user_name=load"
            + "&command=" + Uri.EscapeDataString(command) + "&text=" + Uri.EscapeDataString(text)
            + "&api_app_id=ALOAD&response_url=" + Uri.EscapeDataString("https://hooks.slack.com/commands/T/1/x") + "&trigger_id=1." + n.ToString(CultureInfo.InvariantCulture);
        string timestamp = TimeProvider.System.GetUtcNow().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        using var request = new HttpRequestMessage(HttpMethod.Post, url)
        {
            Content = new StringContent(body, Encoding.UTF8, "application/x-www-form-urlencoded"),
        };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/x-www-form-urlencoded");
        request.Headers.Add("X-Slack-Request-Timestamp", timestamp);
        request.Headers.Add("X-Slack-Signature", Sign(secret, timestamp, body));
        using HttpResponseMessage response = await _http.SendAsync(request, cancellationToken);
        await response.Content.ReadAsByteArrayAsync(cancellationToken);
        return response.IsSuccessStatusCode;
    }

    private static string Sign(string secret, string timestamp, string body)
    {
        byte[] hash = HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes("v0:" + timestamp + ":" + body));
        return "v0=" + Convert.ToHexStringLower(hash);
    }
}
