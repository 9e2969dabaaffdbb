using System.Text.Json.Nodes;

namespace ActionTracker.Bot.Tests.Slack;

/// <summary>Through the signed Slack endpoints: a block DMs the creator at once; <c>prep</c> posts a meeting's roll-up.</summary>
public sealed class SlackBlockAndPrepTests
{
    private const string Owner = "U0OWNER0001";

    [Fact]
    public async Task Block_ByTheOwner_DmsTheCreatorOnce()
    {
        await using SlackHarness slack = await SlackHarness.StartAsync();
        await slack.PostCommandAsync($"add Sign the lease <@{Owner}>");

        JsonObject answer = await SlackHarness.JsonAsync(await slack.PostSignedAsync(
            "/slack/commands", SlackHarness.Form(SlackHarness.Command("block #1 waiting on legal", userId: Owner)), "application/x-www-form-urlencoded"));
        await slack.PostSignedAsync("/slack/commands", SlackHarness.Form(SlackHarness.Command("block #1 waiting on legal", userId: Owner)), "application/x-www-form-urlencoded");

        Assert.DoesNotContain(":warning:", answer.ToJsonString(), StringComparison.Ordinal);
        RecordedCall dm = await WaitForPostAsync(slack, "blocked an item you created");
        Assert.Contains("waiting on legal", dm.Body, StringComparison.Ordinal);
        Assert.Contains(slack.Slack.CallsTo("conversations.open"), c => c.Body.Contains(SlackHarness.UserId, StringComparison.Ordinal));
        await Task.Delay(300);
        Assert.Single(slack.Slack.CallsTo("chat.postMessage"), c => c.Body.Contains("blocked an item you created", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Prep_UnknownMeeting_AnswersWithAClearMessage()
    {
        await using SlackHarness slack = await SlackHarness.StartAsync();

        JsonObject answer = await SlackHarness.JsonAsync(await slack.PostCommandAsync("prep M42"));

        Assert.Equal("ephemeral", answer["response_type"]!.GetValue<string>());
        Assert.Contains("I don't know a meeting M42 here", answer["text"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    private static async Task<RecordedCall> WaitForPostAsync(SlackHarness slack, string text)
    {
        for (int i = 0; i < 200; i++)
        {
            if (slack.Slack.CallsTo("chat.postMessage").FirstOrDefault(c => c.Body.Contains(text, StringComparison.Ordinal)) is { } call)
            {
                return call;
            }

            await Task.Delay(50);
        }

        throw new TimeoutException($"No chat.postMessage with \"{text}\"; calls: {string.Join(", ", slack.Slack.Calls.Select(c => c.Method))}");
    }
}
