using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using ActionTracker.Bot.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace ActionTracker.Bot.Tests.Extraction;

/// <summary>
/// A local OpenAI-compatible chat completions API on 127.0.0.1:0 (<c>POST …/chat/completions</c>). Each request gets
/// the next scripted reply (the last one repeats); every request is recorded.
/// </summary>
internal sealed class FakeOpenAIServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<Reply> _replies = new();
    private Reply _last = Reply.Content("""{"items":[],"decisions":[]}""");

    private FakeOpenAIServer(WebApplication app)
    {
        _app = app;
    }

    public Uri BaseUrl { get; private set; } = null!;

    /// <summary>Where an <c>openai</c> provider points: the API root, as OpenAI's own <c>https://api.openai.com/v1/</c>.</summary>
    public Uri ApiUrl => new(BaseUrl, "v1/");

    public ConcurrentQueue<ChatRequest> Requests { get; } = new();

    /// <summary>Completes when a request has arrived (for tests that move time on only once the call is under way).</summary>
    public TaskCompletionSource RequestArrived { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public static async Task<FakeOpenAIServer> StartAsync()
    {
        WebApplication app = LoopbackServer.Create();
        var fake = new FakeOpenAIServer(app);
        app.Run(fake.HandleAsync);
        fake.BaseUrl = await LoopbackServer.StartAsync(app);
        return fake;
    }

    public void Enqueue(Reply reply) => _replies.Enqueue(reply);

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task HandleAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body);
        string body = await reader.ReadToEndAsync(context.RequestAborted);
        Requests.Enqueue(new ChatRequest(context.Request.Path.Value ?? string.Empty, body, context.Request.Headers.Authorization.ToString(), context.Request.Headers["api-key"].ToString()));
        RequestArrived.TrySetResult();
        Reply reply = _replies.TryDequeue(out Reply? next) ? _last = next : _last;
        if (!context.Request.Path.Value!.EndsWith("/chat/completions", StringComparison.Ordinal))
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        if (reply.Hang)
        {
            // Answers only when the client gives up (or the server stops).
            await Task.Delay(Timeout.Infinite, context.RequestAborted).ContinueWith(_ => { }, TaskScheduler.Default);
            return;
        }

        context.Response.StatusCode = reply.Status;
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(reply.Status == 200 ? Completion(reply.Text, ModelOf(body)) : reply.Text, context.RequestAborted);
    }

    private static string ModelOf(string body) => JsonNode.Parse(body)?["model"]?.GetValue<string>() ?? "unknown";

    private static string Completion(string content, string model) => new JsonObject
    {
        ["id"] = "chatcmpl-test",
        ["object"] = "chat.completion",
        ["created"] = 1_764_000_000,
        ["model"] = model,
        ["choices"] = new JsonArray(new JsonObject
        {
            ["index"] = 0,
            ["message"] = new JsonObject { ["role"] = "assistant", ["content"] = content },
            ["finish_reason"] = "stop",
        }),
        ["usage"] = new JsonObject { ["prompt_tokens"] = 100, ["completion_tokens"] = 20, ["total_tokens"] = 120 },
    }.ToJsonString();

    /// <summary>One scripted reply: an assistant message, an error status with its body, or no answer at all.</summary>
    internal sealed record Reply(int Status, string Text, bool Hang = false)
    {
        public static Reply Content(string text) => new(200, text);

        public static Reply Error(int status, string message) =>
            new(status, JsonSerializer.Serialize(new JsonObject { ["error"] = new JsonObject { ["message"] = message, ["type"] = "invalid_request_error" } }));

        public static Reply NoAnswer() => new(200, string.Empty, Hang: true);
    }

    internal sealed record ChatRequest(string Path, string Body, string Authorization, string ApiKeyHeader);
}
