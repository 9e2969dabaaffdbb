using System.Net;
using System.Text.Json.Nodes;
using ActionTracker.Bot.Tests.Infrastructure;

namespace ActionTracker.Bot.Tests.Slack;

/// <summary>`help` and typos are answered on the protocol path alone: they still work with storage down.</summary>
public sealed class SlackProtocolPathTests
{
    [Theory]
    [InlineData("help")]
    [InlineData("lsit")]
    public async Task HelpAndTypos_WithStorageDown_AreStillAnswered(string text)
    {
        await using SlackHarness slack = await SlackHarness.StartAsync(storage: BotFactory.UnreachableConnectionString);

        HttpResponseMessage response = await slack.PostCommandAsync(text);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        JsonObject body = await SlackHarness.JsonAsync(response);
        Assert.DoesNotContain("Storage is unavailable", body.ToJsonString(), StringComparison.Ordinal);
        Assert.Empty(slack.Slack.Calls);
    }
}
