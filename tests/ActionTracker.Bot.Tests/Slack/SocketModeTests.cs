using System.Text.Json.Nodes;
using ActionTracker.Bot.Tests.Infrastructure;

namespace ActionTracker.Bot.Tests.Slack;

public sealed class SocketModeTests
{
    [Fact]
    public async Task SlashCommandEnvelope_AckedWithResponseAndItemCreated()
    {
        await using FakeSocketModeServer server = await FakeSocketModeServer.StartAsync();
        await using var factory = new BotFactory(settings: new Dictionary<string, string?>
        {
            ["Slack:SigningSecret"] = SlackHarness.SigningSecret,
            ["Slack:AppId"] = SlackHarness.AppId,
            ["Slack:BotToken"] = "xoxb-configured",
            ["Slack:AppToken"] = "xapp-1",
            ["Slack:ApiBaseUrl"] = new Uri(server.BaseUrl, "api/").AbsoluteUri,
        });
        using HttpClient client = factory.CreateClient();
        JsonObject payload = new();
        foreach ((string key, string value) in SlackHarness.Command("add Socket item <@U0456EFGH78>"))
        {
            payload[key] = value;
        }

        server.Envelopes.Enqueue(new JsonObject { ["envelope_id"] = "env-1", ["type"] = "slash_commands", ["payload"] = payload, ["accepts_response_payload"] = true });
        JsonObject? ack = null;
        for (int i = 0; i < 200 && !server.Acks.TryPeek(out ack); i++)
        {
            await Task.Delay(50);
        }

        Assert.NotNull(ack);
        Assert.Equal("env-1", ack["envelope_id"]!.GetValue<string>());
        Assert.Equal("ephemeral", ack["payload"]!["response_type"]!.GetValue<string>());
        Assert.Contains("#1", ack["payload"]!["text"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(1, server.Connections);
    }
}
