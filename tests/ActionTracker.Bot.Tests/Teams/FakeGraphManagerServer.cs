using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using ActionTracker.Bot.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace ActionTracker.Bot.Tests.Teams;

/// <summary>A local stand-in for Microsoft Graph's <c>/users/{id}/manager</c> on 127.0.0.1:0, recording every call.</summary>
internal sealed class FakeGraphManagerServer : IAsyncDisposable
{
    public const string Token = "fake-graph-token";

    private readonly WebApplication _app;

    private FakeGraphManagerServer(WebApplication app)
    {
        _app = app;
    }

    /// <summary>The Graph base URL, ending in <c>v1.0/</c>.</summary>
    public string BaseUrl { get; private set; } = string.Empty;

    /// <summary>Person id → (manager id, display name).</summary>
    public ConcurrentDictionary<string, (string Id, string Name)> Managers { get; } = new(StringComparer.Ordinal);

    public ConcurrentQueue<RecordedCall> Calls { get; } = new();

    /// <summary>When set, every call is answered with this status (e.g. 403 without User.Read.All).</summary>
    public int? FailWith { get; set; }

    public static async Task<FakeGraphManagerServer> StartAsync()
    {
        WebApplication app = LoopbackServer.Create();
        var server = new FakeGraphManagerServer(app);
        app.MapGet("/v1.0/users/{id}/manager", (HttpContext context, string id) => server.Manager(context, id));
        server.BaseUrl = (await LoopbackServer.StartAsync(app)).AbsoluteUri + "v1.0/";
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private IResult Manager(HttpContext context, string id)
    {
        string authorization = context.Request.Headers.Authorization.ToString();
        Calls.Enqueue(new RecordedCall("GET", context.Request.Path + context.Request.QueryString, string.Empty, authorization));
        if (authorization != "Bearer " + Token)
        {
            return Error(401, "InvalidAuthenticationToken", "Access token is empty.");
        }

        if (FailWith is { } status)
        {
            return Error(status, "Authorization_RequestDenied", "Insufficient privileges to complete the operation.");
        }

        return Managers.TryGetValue(id, out var manager)
            ? Results.Json(new JsonObject { ["@odata.type"] = "#microsoft.graph.user", ["id"] = manager.Id, ["displayName"] = manager.Name })
            : Error(404, "Request_ResourceNotFound", $"Resource 'manager' does not exist or one of its queried reference-property objects are not present.");
    }

    private static IResult Error(int status, string code, string message) =>
        Results.Json(new JsonObject { ["error"] = new JsonObject { ["code"] = code, ["message"] = message } }, statusCode: status);
}
