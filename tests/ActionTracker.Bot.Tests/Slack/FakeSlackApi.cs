using System.Collections.Concurrent;
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

/// <summary>A local Slack Web API (and response_url sink) on 127.0.0.1:0 that records every call.</summary>
internal sealed class FakeSlackApi : IAsyncDisposable
{
    private readonly WebApplication _app;

    private FakeSlackApi(WebApplication app, Uri baseUrl)
    {
        _app = app;
        BaseUrl = baseUrl;
    }

    public Uri BaseUrl { get; }

    public Uri ApiBaseUrl => new(BaseUrl, "api/");

    public ConcurrentQueue<RecordedCall> Calls { get; } = new();

    /// <summary>Method name → canned answer; unknown methods answer <c>{"ok":true}</c>.</summary>
    public ConcurrentDictionary<string, string> Answers { get; } = new(StringComparer.Ordinal);

    public string ResponseUrl(string name) => new Uri(BaseUrl, "response/" + name).AbsoluteUri;

    public static async Task<FakeSlackApi> StartAsync()
    {
        WebApplication app = LoopbackServer.Create();
        FakeSlackApi? fake = null;
        app.Run(async context =>
        {
            using var reader = new StreamReader(context.Request.Body);
            string body = await reader.ReadToEndAsync(context.RequestAborted);
            string path = context.Request.Path.Value ?? string.Empty;
            string method = path.StartsWith("/api/", StringComparison.Ordinal) ? path[5..] : path;
            fake!.Calls.Enqueue(new RecordedCall(method, body, context.Request.Headers.Authorization.ToString(), context.Request.ContentType ?? string.Empty));
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(fake.Answer(method), context.RequestAborted);
        });
        fake = new FakeSlackApi(app, await LoopbackServer.StartAsync(app));
        return fake;
    }

    public IReadOnlyList<RecordedCall> CallsTo(string method) => Calls.Where(c => c.Method == method).ToList();

    public async Task<RecordedCall> WaitForAsync(string method, int count = 1)
    {
        for (int i = 0; i < 200; i++)
        {
            if (CallsTo(method).Count >= count)
            {
                return CallsTo(method)[count - 1];
            }

            await Task.Delay(50);
        }

        throw new TimeoutException($"{method} was not called {count} time(s); calls: {string.Join(", ", Calls.Select(c => c.Method))}");
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private string Answer(string method) => Answers.TryGetValue(method, out string? answer) ? answer : method switch
    {
        "users.info" => """{"ok":true,"user":{"id":"U0456EFGH78","real_name":"Megan Bowen","tz":"Europe/Berlin","locale":"en-GB","profile":{"email":"megan@contoso.example"}}}""",
        "conversations.open" => """{"ok":true,"channel":{"id":"D0DM00001"}}""",
        "chat.postMessage" => """{"ok":true,"channel":"C0123ABCD45","ts":"1767225700.000100"}""",
        "users.lookupByEmail" => """{"ok":true,"user":{"id":"U0MARIA001","real_name":"Maria Garcia"}}""",
        "oauth.v2.access" => """{"ok":true,"access_token":"xoxb-oauth-token","token_type":"bot","scope":"commands","bot_user_id":"UBOT00001","app_id":"A0789IJKL01","team":{"id":"T0OAUTH01","name":"Contoso"},"enterprise":null,"is_enterprise_install":false,"authed_user":{"id":"U0INSTALL1"}}""",
        _ => """{"ok":true}""",
    };
}

internal sealed record RecordedCall(string Method, string Body, string Authorization, string ContentType)
{
    public JsonObject Json => JsonNode.Parse(Body)!.AsObject();
}
