using System.Collections.Concurrent;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace ActionTracker.Bot.Tests.Infrastructure;

/// <summary>
/// An OTLP/HTTP receiver on 127.0.0.1: keeps every POST to <c>v1/traces</c> and <c>v1/metrics</c> with its content type.
/// The bodies are protobuf, in which names and string attributes appear as plain UTF-8 bytes.
/// </summary>
internal sealed class FakeOtlpReceiver : IAsyncDisposable
{
    private readonly WebApplication _app;

    private FakeOtlpReceiver(WebApplication app, Uri baseUrl)
    {
        _app = app;
        BaseUrl = baseUrl;
    }

    public Uri BaseUrl { get; }

    public ConcurrentQueue<(string Path, string? ContentType, byte[] Body)> Received { get; } = new();

    public static async Task<FakeOtlpReceiver> StartAsync()
    {
        WebApplication app = LoopbackServer.Create();
        FakeOtlpReceiver? receiver = null;
        app.MapPost("/v1/{signal}", async (HttpContext context, string signal) =>
        {
            using var body = new MemoryStream();
            await context.Request.Body.CopyToAsync(body, context.RequestAborted);
            receiver!.Received.Enqueue(("/v1/" + signal, context.Request.ContentType, body.ToArray()));
            return Results.Bytes([], "application/x-protobuf");
        });
        receiver = new FakeOtlpReceiver(app, await LoopbackServer.StartAsync(app));
        return receiver;
    }

    /// <summary>Whether some body posted to <paramref name="path"/> contains <paramref name="text"/> as UTF-8.</summary>
    public bool Contains(string path, string text)
    {
        byte[] needle = Encoding.UTF8.GetBytes(text);
        return Received.Any(r => r.Path == path && r.Body.AsSpan().IndexOf(needle) >= 0);
    }

    public ValueTask DisposeAsync() => _app.DisposeAsync();
}
