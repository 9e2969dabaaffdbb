using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;
using ActionTracker.Bot.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ActionTracker.Bot.Tests.Slack;

/// <summary>A local Socket Mode peer: apps.connections.open hands out its WebSocket, which sends the queued envelopes and records acks.</summary>
internal sealed class FakeSocketModeServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private FakeSocketModeServer(WebApplication app, Uri baseUrl)
    {
        _app = app;
        BaseUrl = baseUrl;
    }

    public Uri BaseUrl { get; }

    public ConcurrentQueue<JsonObject> Envelopes { get; } = new();

    public ConcurrentQueue<JsonObject> Acks { get; } = new();

    public int Connections;

    public static async Task<FakeSocketModeServer> StartAsync()
    {
        WebApplication app = LoopbackServer.Create();
        app.UseWebSockets();
        FakeSocketModeServer? fake = null;
        app.Run(async context =>
        {
            if (context.WebSockets.IsWebSocketRequest)
            {
                Interlocked.Increment(ref fake!.Connections);
                using WebSocket socket = await context.WebSockets.AcceptWebSocketAsync();
                await fake.ServeAsync(socket, context.RequestAborted);
                return;
            }

            context.Response.ContentType = "application/json";
            string answer = context.Request.Path.Value == "/api/apps.connections.open"
                ? new JsonObject { ["ok"] = true, ["url"] = new Uri(fake!.BaseUrl, "socket").AbsoluteUri.Replace("http://", "ws://", StringComparison.Ordinal) }.ToJsonString()
                : "{\"ok\":true}";
            await context.Response.WriteAsync(answer, context.RequestAborted);
        });
        fake = new FakeSocketModeServer(app, await LoopbackServer.StartAsync(app));
        return fake;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task ServeAsync(WebSocket socket, CancellationToken cancellationToken)
    {
        await SendAsync(socket, new JsonObject { ["type"] = "hello" }, cancellationToken);
        byte[] buffer = new byte[64 * 1024];
        while (socket.State == WebSocketState.Open && !cancellationToken.IsCancellationRequested)
        {
            if (!Envelopes.TryDequeue(out JsonObject? envelope))
            {
                await Task.Delay(20, cancellationToken);
                continue;
            }

            await SendAsync(socket, envelope, cancellationToken);
            WebSocketReceiveResult result = await socket.ReceiveAsync(buffer, cancellationToken);
            Acks.Enqueue(JsonNode.Parse(Encoding.UTF8.GetString(buffer, 0, result.Count))!.AsObject());
        }
    }

    private static Task SendAsync(WebSocket socket, JsonObject frame, CancellationToken cancellationToken) =>
        socket.SendAsync(Encoding.UTF8.GetBytes(frame.ToJsonString()), WebSocketMessageType.Text, true, cancellationToken);
}
