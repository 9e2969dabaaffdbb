using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using ActionTracker.Bot.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.Tokens;

namespace ActionTracker.Bot.Tests.Teams;

/// <summary>
/// A local stand-in for Bot Framework on 127.0.0.1:0: OpenID metadata, a JWKS with endorsements, the token endpoint
/// and the connector (recording every call).
/// </summary>
internal sealed class FakeTeamsServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private FakeTeamsServer(WebApplication app)
    {
        _app = app;
    }

    public string BaseUrl { get; private set; } = string.Empty;

    public ConcurrentQueue<RecordedCall> Calls { get; } = new();

    /// <summary>Keys served in the JWKS: kid → (key, endorsements).</summary>
    public ConcurrentDictionary<string, (RSA Key, string[] Endorsements)> Keys { get; } = new(StringComparer.Ordinal);

    /// <summary>Members the connector knows, as "conversationId|userId".</summary>
    public ConcurrentDictionary<string, bool> Members { get; } = new(StringComparer.Ordinal);

    /// <summary>Files behind download links (<c>{BaseUrl}files/{name}</c>), like the pre-authorised links Teams sends.</summary>
    public ConcurrentDictionary<string, string> Files { get; } = new(StringComparer.Ordinal);

    /// <summary>Meetings the connector's meeting API knows: Teams meeting id → details.</summary>
    public ConcurrentDictionary<string, JsonObject> Meetings { get; } = new(StringComparer.Ordinal);

    public int MetadataRequests;

    public IEnumerable<RecordedCall> ConnectorCalls => Calls.Where(c => c.Path.StartsWith("/v3/", StringComparison.Ordinal));

    public static async Task<FakeTeamsServer> StartAsync()
    {
        WebApplication app = LoopbackServer.Create();
        var server = new FakeTeamsServer(app);
        server.Map(app);
        server.MapMeetings(app);
        server.BaseUrl = (await LoopbackServer.StartAsync(app)).AbsoluteUri;
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        foreach ((RSA key, _) in Keys.Values)
        {
            key.Dispose();
        }
    }

    public async Task<RecordedCall> WaitForCallAsync(Func<RecordedCall, bool> match, TimeSpan timeout)
    {
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (waited.Elapsed < timeout)
        {
            if (Calls.FirstOrDefault(match) is { } call)
            {
                return call;
            }

            await Task.Delay(50);
        }

        throw new TimeoutException("The fake connector did not receive the expected call; got: " + string.Join(", ", Calls.Select(c => c.Method + " " + c.Path)));
    }

    private void Map(WebApplication app)
    {
        app.MapGet("/openid", () =>
        {
            Interlocked.Increment(ref MetadataRequests);
            return Results.Json(new JsonObject { ["issuer"] = "https://api.botframework.com", ["jwks_uri"] = BaseUrl + "keys" });
        });
        app.MapGet("/keys", () =>
        {
            var keys = new JsonArray();
            foreach ((string kid, (RSA rsa, string[] endorsements)) in Keys)
            {
                RSAParameters p = rsa.ExportParameters(false);
                keys.Add(new JsonObject
                {
                    ["kty"] = "RSA",
                    ["use"] = "sig",
                    ["kid"] = kid,
                    ["n"] = Base64UrlEncoder.Encode(p.Modulus),
                    ["e"] = Base64UrlEncoder.Encode(p.Exponent),
                    ["endorsements"] = new JsonArray(endorsements.Select(e => (JsonNode)e).ToArray()),
                });
            }

            return Results.Json(new JsonObject { ["keys"] = keys });
        });
        app.MapPost("/token", () => Results.Json(new JsonObject { ["access_token"] = "fake-bot-token", ["expires_in"] = 3600, ["token_type"] = "Bearer" }));
        app.MapPost("/v3/conversations", async (HttpRequest request) =>
        {
            await RecordAsync(request);
            return Results.Json(new JsonObject { ["id"] = "a:created-personal-chat" });
        });
        app.MapPost("/v3/conversations/{conversationId}/activities", async (HttpRequest request) =>
        {
            await RecordAsync(request);
            return Results.Json(new JsonObject { ["id"] = "sent-" + Calls.Count });
        });
        app.MapPost("/v3/conversations/{conversationId}/activities/{activityId}", async (HttpRequest request) =>
        {
            await RecordAsync(request);
            return Results.Json(new JsonObject { ["id"] = "reply-" + Calls.Count });
        });
        app.MapPut("/v3/conversations/{conversationId}/activities/{activityId}", async (HttpRequest request, string activityId) =>
        {
            await RecordAsync(request);
            return Results.Json(new JsonObject { ["id"] = activityId });
        });
        app.MapDelete("/v3/conversations/{conversationId}/activities/{activityId}", async (HttpRequest request) =>
        {
            await RecordAsync(request);
            return Results.Ok();
        });
        app.MapGet("/v3/conversations/{conversationId}/members/{userId}", async (HttpRequest request, string conversationId, string userId) =>
        {
            await RecordAsync(request);
            return Members.ContainsKey(conversationId + "|" + userId)
                ? Results.Json(new JsonObject { ["id"] = userId, ["name"] = "Member" })
                : Results.NotFound();
        });
    }

    private void MapMeetings(WebApplication app)
    {
        app.MapGet("/v1/meetings/{meetingId}", async (HttpRequest request, string meetingId) =>
        {
            await RecordAsync(request);
            return Meetings.TryGetValue(meetingId, out JsonObject? meeting) ? Results.Json(meeting) : Results.NotFound();
        });
        app.MapGet("/files/{name}", async (HttpRequest request, string name) =>
        {
            await RecordAsync(request);
            return Files.TryGetValue(name, out string? content) ? Results.Text(content, "application/octet-stream") : Results.NotFound();
        });
    }

    private async Task RecordAsync(HttpRequest request)
    {
        using var reader = new StreamReader(request.Body);
        string body = await reader.ReadToEndAsync();
        Calls.Enqueue(new RecordedCall(request.Method, Uri.UnescapeDataString(request.Path.Value ?? string.Empty), body, request.Headers.Authorization.ToString()));
    }
}
