using System.Net;
using System.Text.Json.Nodes;
using ActionTracker.Bot.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ActionTracker.Bot.Tests.Teams;

/// <summary>
/// A full run over HTTP (inbound JWTs, connector replies with the bot token, a card action, a Graph lookup) with every
/// log line captured from Debug up: no secret or token appears anywhere, and no message text above Debug.
/// </summary>
public sealed class LogHygieneTests
{
    private const string AppPassword = "test-secret";
    private const string GraphSecret = "graph-secret-value-123";
    private const string EncryptionKey = "encryption-key-value-456";
    private const string SigningSecret = "slack-signing-secret-789";
    private const string MessageText = "Send the quarterly numbers to the auditors";

    [Fact]
    public async Task FullRun_LogsNoSecretTokenOrMessageText()
    {
        var logs = new CapturingLoggerProvider();
        await using FakeGraphServer graph = await FakeGraphServer.StartAsync();
        Dictionary<string, string?> settings = graph.Settings();
        settings["Logging:LogLevel:Default"] = "Debug";
        settings["Storage:EncryptionKey"] = EncryptionKey;
        settings["Slack:SigningSecret"] = SigningSecret;
        settings["Slack:AppId"] = "A0789IJKL01";
        settings["Slack:BotToken"] = "xoxb-never-logged";
        settings["Graph:TenantId"] = TeamsActivities.TenantId;
        settings["Graph:ClientSecret"] = GraphSecret;
        await using TeamsHost host = await TeamsHost.StartAsync(extra: settings, services: services =>
        {
            services.AddSingleton<ILoggerProvider>(logs);
            graph.Trust(services);
        });
        string user = Guid.NewGuid().ToString();
        string inbound = host.Token();

        using (HttpResponseMessage added = await host.PostAsync(TeamsActivities.Message(host.ServiceUrl, "add " + MessageText, user, expectReplies: true), "Bearer " + inbound))
        {
            Assert.Equal(HttpStatusCode.OK, added.StatusCode);
        }

        using (HttpResponseMessage queued = await host.PostAsync(TeamsActivities.Message(host.ServiceUrl, "list", user, conversationType: "channel"), "Bearer " + inbound))
        {
            Assert.Equal(HttpStatusCode.OK, queued.StatusCode);
            await host.Server.WaitForCallAsync(c => c.Path.StartsWith("/v3/conversations/", StringComparison.Ordinal), TimeSpan.FromSeconds(15));
        }

        JsonObject review = TeamsActivities.Message(host.ServiceUrl, "review <at>Tom</at>", user, expectReplies: true);
        review["entities"] = new JsonArray(new JsonObject { ["type"] = "mention", ["text"] = "<at>Tom</at>", ["mentioned"] = new JsonObject { ["id"] = Guid.NewGuid().ToString(), ["name"] = "Tom" } });
        using (HttpResponseMessage reviewed = await host.PostAsync(review, "Bearer " + inbound))
        {
            Assert.Equal(HttpStatusCode.OK, reviewed.StatusCode);
        }

        using (HttpResponseMessage forged = await host.PostAsync(TeamsActivities.Message(host.ServiceUrl, "add " + MessageText, user), "Bearer " + inbound + "x"))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, forged.StatusCode);
        }

        Assert.Contains(graph.GraphCalls, c => c.Path.Contains("/manager", StringComparison.Ordinal));
        Assert.Contains(logs.Lines, l => l.Level >= LogLevel.Information);
        string[] secrets = [AppPassword, GraphSecret, EncryptionKey, SigningSecret, "xoxb-never-logged", "fake-bot-token", "graph-token", inbound, inbound[^40..]];
        foreach ((LogLevel level, string category, string text) in logs.Lines)
        {
            foreach (string secret in secrets)
            {
                Assert.False(text.Contains(secret, StringComparison.Ordinal), $"{level} {category} logged a secret: {text}");
            }

            Assert.False(level > LogLevel.Debug && text.Contains(MessageText, StringComparison.Ordinal), $"{level} {category} logged message text: {text}");
        }
    }
}
