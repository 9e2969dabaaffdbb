using System.Text.Json.Nodes;
using ActionTracker.Core.Items;

namespace ActionTracker.Bot.Tests.Slack;

public sealed class SlackCommandsTests
{
    [Fact]
    public async Task Add_ValidCommand_CreatesItemAndAnswersEphemeralCard()
    {
        await using SlackHarness slack = await SlackHarness.StartAsync();

        JsonObject answer = await SlackHarness.JsonAsync(await slack.PostCommandAsync("add Send the pricing deck to <@U0456EFGH78|megan> !high"));

        Assert.Equal("ephemeral", answer["response_type"]!.GetValue<string>());
        Assert.Contains("#1", answer["text"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.IsType<JsonArray>(answer["blocks"]);
        ActionItem item = Assert.Single(await slack.ItemsAsync());
        Assert.Equal("U0456EFGH78", item.Owner?.Id);
        Assert.Equal(Priority.High, item.Priority);
        Assert.Single(slack.Slack.CallsTo("users.info"));
    }

    [Fact]
    public async Task List_AfterAdd_ShowsTheItem()
    {
        await using SlackHarness slack = await SlackHarness.StartAsync();
        await slack.PostCommandAsync("add Book the offsite <@U0456EFGH78>");

        JsonObject answer = await SlackHarness.JsonAsync(await slack.PostCommandAsync("list mine"));

        Assert.Contains("Book the offsite", answer.ToJsonString(), StringComparison.Ordinal);
        Assert.Single(slack.Slack.CallsTo("users.info"));
    }

    [Fact]
    public async Task Done_ExistingItem_ClosesIt()
    {
        await using SlackHarness slack = await SlackHarness.StartAsync();
        await slack.PostCommandAsync("add Send minutes <@U0456EFGH78>");

        JsonObject answer = await SlackHarness.JsonAsync(await slack.PostCommandAsync("done #1"));

        Assert.DoesNotContain(":warning:", answer.ToJsonString(), StringComparison.Ordinal);
        Assert.Equal(ItemStatus.Done, Assert.Single(await slack.ItemsAsync()).Status);
    }

    [Fact]
    public async Task Decision_Recorded_AnswersInChannel()
    {
        await using SlackHarness slack = await SlackHarness.StartAsync();

        JsonObject answer = await SlackHarness.JsonAsync(await slack.PostCommandAsync("decision We ship v2 on Monday"));

        Assert.Equal("in_channel", answer["response_type"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("help")]
    [InlineData("")]
    public async Task Help_Asked_ListsCommands(string text)
    {
        await using SlackHarness slack = await SlackHarness.StartAsync();

        JsonObject answer = await SlackHarness.JsonAsync(await slack.PostCommandAsync(text));

        Assert.Equal("ephemeral", answer["response_type"]!.GetValue<string>());
        Assert.Contains("add", answer["blocks"]!.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task UserError_UnknownVerb_EphemeralExplanationAndNothingStored()
    {
        await using SlackHarness slack = await SlackHarness.StartAsync();

        JsonObject answer = await SlackHarness.JsonAsync(await slack.PostCommandAsync("done #999"));

        Assert.Equal("ephemeral", answer["response_type"]!.GetValue<string>());
        Assert.Contains(":warning:", answer.ToJsonString(), StringComparison.Ordinal);
        Assert.Empty(await slack.ItemsAsync());
    }

    [Fact]
    public async Task Command_HostileTitle_EscapedInBlocks()
    {
        await using SlackHarness slack = await SlackHarness.StartAsync();

        JsonObject answer = await SlackHarness.JsonAsync(await slack.PostCommandAsync("add Fix <!channel> & stuff <@U0456EFGH78>"));

        string blocks = answer["blocks"]!.ToJsonString(new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        Assert.DoesNotContain("<!channel>", blocks, StringComparison.Ordinal);
    }
}
