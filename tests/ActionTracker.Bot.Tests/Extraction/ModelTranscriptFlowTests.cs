using System.Text.Json.Nodes;
using ActionTracker.Bot.Tests.Slack;
using ActionTracker.Core.Meetings;
using ActionTracker.Core.Ports;
using Microsoft.Extensions.DependencyInjection;

namespace ActionTracker.Bot.Tests.Extraction;

/// <summary>A pasted transcript through Slack's real endpoints and the queued transcript work, with a model configured.</summary>
public sealed class ModelTranscriptFlowTests
{
    private const string Pasted = """
        Lena Park: Thanks all, the launch is in two weeks.
        Omar Haddad: I'll send the revised budget to finance by Friday.
        Lena Park: Great. We agreed to move the launch to March.
        Lena Park: Priya, can you update the launch checklist by tomorrow?
        Omar Haddad: Sounds good to me.
        """;

    [Fact]
    public async Task Paste_ModelConfigured_DraftCardShowsTheCheckedModelItems()
    {
        await using FakeOpenAIServer model = await FakeOpenAIServer.StartAsync();
        // A phrase the rules would never write, so the card shows whose draft it is.
        model.Enqueue(FakeOpenAIServer.Reply.Content("""
            {"items":[{"task":"Confirm the March launch with marketing","owner":"Lena","due":null,"quoteTurn":3,"confidence":0.8,"reason":"follow-up of the decision"},
                      {"task":"Book a venue","owner":"Lena","due":null,"quoteTurn":17,"confidence":0.9,"reason":"invented"}],
             "decisions":[{"text":"Move the launch to March","quoteTurn":3}]}
            """));
        await using SlackHarness slack = await SlackHarness.StartAsync(extraSettings: new Dictionary<string, string?>
        {
            ["Extraction:Provider"] = "openai",
            ["Extraction:Endpoint"] = model.ApiUrl.AbsoluteUri,
            ["Extraction:Model"] = "test-model",
            ["Extraction:ApiKey"] = "sk-test-0123456789-secret",
        });

        await slack.PostCommandAsync("transcript " + Pasted);
        JsonObject card = (await slack.Slack.WaitForAsync("chat.postMessage")).Json;

        string text = card.ToJsonString();
        Assert.Contains("Confirm the March launch with marketing", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Book a venue", text, StringComparison.Ordinal);
        FakeOpenAIServer.ChatRequest request = Assert.Single(model.Requests);
        Assert.Contains("[2] Omar Haddad: I'll send the revised budget to finance by Friday.", request.Body, StringComparison.Ordinal);
        MeetingDraft draft = (await slack.Factory.Services.GetRequiredService<IMeetingStore>().GetAsync(SlackHarness.Tenant, 1, CancellationToken.None))!;
        MeetingDraftItem item = Assert.Single(draft.Items);
        Assert.Equal("Lena Park", item.OwnerName);
        Assert.Equal("Great. We agreed to move the launch to March.", item.Extracted.Quote);
        Assert.Equal("model test-model: follow-up of the decision", item.Extracted.Reason);
        Assert.Empty(await slack.ItemsAsync());
    }
}
