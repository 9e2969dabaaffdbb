using System.Buffers.Text;
using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace ActionTracker.Benchmarks.ScaleOut;

/// <summary>
/// Local stand-ins for the Slack Web API (one base path per bot instance, <c>/i{k}/api/</c>, so a DM names the instance
/// that sent it) and for Bot Framework (OpenID metadata, JWKS, token endpoint, connector). Every outbound message is
/// recorded, so duplicates can be counted; a hook may act on a message before it is answered (the kill in --kill-one).
/// </summary>
internal sealed class PlatformSinks : IAsyncDisposable
{
    public const string Kid = "scale-out-key";

    private readonly WebApplication _app;
    private int _activityIds;

    private PlatformSinks(WebApplication app, string baseUrl)
    {
        _app = app;
        BaseUrl = baseUrl;
    }

    /// <summary>Ends in "/".</summary>
    public string BaseUrl { get; }

    public RSA SigningKey { get; } = RSA.Create(2048);

    public ConcurrentQueue<SentMessage> Messages { get; } = new();

    /// <summary>Runs before a Slack chat.postMessage is answered: (instance, message).</summary>
    public Func<int, SentMessage, Task>? BeforeSlackAnswer { get; set; }

    public string SlackApiBase(int instance) => BaseUrl + "i" + instance.ToString(System.Globalization.CultureInfo.InvariantCulture) + "/api/";

    public static async Task<PlatformSinks> StartAsync(int port)
    {
        WebApplicationBuilder builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:" + port.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.Logging.ClearProviders();
        WebApplication app = builder.Build();
        var sinks = new PlatformSinks(app, "http://127.0.0.1:" + port.ToString(System.Globalization.CultureInfo.InvariantCulture) + "/");
        sinks.Map(app);
        await app.StartAsync();
        return sinks;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        SigningKey.Dispose();
    }

    private void Map(WebApplication app)
    {
        app.MapGet("/openid", () => Results.Json(new JsonObject { ["issuer"] = TeamsTokens.Issuer, ["jwks_uri"] = BaseUrl + "keys" }));
        app.MapGet("/keys", () =>
        {
            RSAParameters p = SigningKey.ExportParameters(false);
            var key = new JsonObject
            {
                ["kty"] = "RSA",
                ["use"] = "sig",
                ["kid"] = Kid,
                ["n"] = Base64Url.EncodeToString(p.Modulus),
                ["e"] = Base64Url.EncodeToString(p.Exponent),
                ["endorsements"] = new JsonArray("msteams"),
            };
            return Results.Json(new JsonObject { ["keys"] = new JsonArray(key) });
        });
        app.MapPost("/token", () => Results.Json(new JsonObject { ["access_token"] = "scale-out-bot-token", ["expires_in"] = 3600, ["token_type"] = "Bearer" }));
        app.MapPost("/v3/conversations", async (HttpRequest request) =>
        {
            // A new 1:1 chat: the member named in the body.
            JsonNode? body = JsonNode.Parse(await ReadAsync(request));
            string member = body?["members"]?[0]?["id"]?.GetValue<string>() ?? "unknown";
            return Results.Json(new JsonObject { ["id"] = "a:dm-" + member });
        });
        app.MapPost("/v3/conversations/{conversationId}/activities", async (HttpRequest request, string conversationId) =>
        {
            string body = await ReadAsync(request);
            string id = Uri.UnescapeDataString(conversationId);
            Messages.Enqueue(new SentMessage("teams", 0, id.StartsWith("a:dm-", StringComparison.Ordinal) ? id[5..] : id, body, IsReminder: true));
            return Results.Json(new JsonObject { ["id"] = "sent-" + Interlocked.Increment(ref _activityIds).ToString(System.Globalization.CultureInfo.InvariantCulture) });
        });
        app.MapMethods("/v3/conversations/{conversationId}/activities/{activityId}", ["POST", "PUT"], async (HttpRequest request, string activityId) =>
        {
            await ReadAsync(request);
            return Results.Json(new JsonObject { ["id"] = activityId });
        });
        app.MapGet("/v3/conversations/{conversationId}/members/{userId}", (string userId) => Results.Json(new JsonObject { ["id"] = userId, ["name"] = "Member" }));
        app.MapPost("/i{instance:int}/api/{method}", async (HttpContext context, int instance, string method) =>
        {
            string body = await ReadAsync(context.Request);
            string answer = method switch
            {
                "users.info" => UsersInfo(context.Request, body),
                "conversations.open" => ConversationsOpen(context.Request, body),
                "chat.postMessage" => """{"ok":true,"channel":"D0","ts":"1767225700.000100"}""",
                _ => """{"ok":true}""",
            };
            if (method == "chat.postMessage")
            {
                JsonNode? json = JsonNode.Parse(body);
                string channel = json?["channel"]?.GetValue<string>() ?? string.Empty;
                var message = new SentMessage("slack", instance, channel.StartsWith('D') ? channel[1..] : channel, body, body.Contains("Reminder: th", StringComparison.Ordinal));
                Messages.Enqueue(message);
                if (BeforeSlackAnswer is { } hook)
                {
                    await hook(instance, message);
                }
            }

            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(answer, context.RequestAborted);
        });
    }

    /// <summary>The zone every person is given, so their due day and working hours are "now".</summary>
    public string TimeZone { get; set; } = "UTC";

    private string UsersInfo(HttpRequest request, string body)
    {
        string user = Field(request, body, "user") ?? "U0";
        var answer = new JsonObject
        {
            ["ok"] = true,
            ["user"] = new JsonObject
            {
                ["id"] = user,
                ["real_name"] = "Person " + user,
                ["tz"] = TimeZone,
                ["locale"] = "en-GB",
                ["profile"] = new JsonObject { ["email"] = user.ToLowerInvariant() + "@scale.example" },
            },
        };
        return answer.ToJsonString();
    }

    private static string ConversationsOpen(HttpRequest request, string body)
    {
        // One DM channel per person, as Slack has: the channel names its person, and pacing is per channel.
        string user = Field(request, body, "users") ?? "U0";
        return $$$"""{"ok":true,"channel":{"id":"D{{{user}}}"}}""";
    }

    private static string? Field(HttpRequest request, string body, string name)
    {
        if (request.Query.TryGetValue(name, out Microsoft.Extensions.Primitives.StringValues fromQuery) && fromQuery.Count > 0)
        {
            return fromQuery[0];
        }

        if (body.StartsWith('{'))
        {
            return JsonNode.Parse(body)?[name]?.GetValue<string>();
        }

        foreach (string pair in body.Split('&'))
        {
            int eq = pair.IndexOf('=', StringComparison.Ordinal);
            if (eq > 0 && Uri.UnescapeDataString(pair[..eq]) == name)
            {
                return Uri.UnescapeDataString(pair[(eq + 1)..].Replace('+', ' '));
            }
        }

        return null;
    }

    private static async Task<string> ReadAsync(HttpRequest request)
    {
        using var reader = new StreamReader(request.Body, Encoding.UTF8);
        return await reader.ReadToEndAsync(request.HttpContext.RequestAborted);
    }
}
