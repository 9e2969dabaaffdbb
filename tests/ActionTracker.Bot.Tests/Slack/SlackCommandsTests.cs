using System.Text.Json.Nodes;
using ActionTracker.Core.Items;
using ActionTracker.Core.People;
using ActionTracker.Core.Ports;
using Microsoft.Extensions.DependencyInjection;

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
    }

    [Fact]
    public async Task FirstCommand_WithoutDates_AnsweredFirstProfileFetchedAfterwards()
    {
        await using SlackHarness slack = await SlackHarness.StartAsync();

        JsonObject answer = await SlackHarness.JsonAsync(await slack.PostCommandAsync("list"));
        await slack.Slack.WaitForAsync("users.info");

        Assert.Contains("open items", answer.ToJsonString(), StringComparison.Ordinal);
        Person? stored = null;
        for (int i = 0; i < 100 && stored?.TimeZoneId is null; i++)
        {
            await Task.Delay(50);
            stored = await slack.Factory.Services.GetRequiredService<IPersonStore>().GetAsync(SlackHarness.Tenant, SlackHarness.UserId, CancellationToken.None);
        }

        Assert.Equal("Europe/Berlin", stored?.TimeZoneId);
    }

    [Fact]
    public async Task FirstCommand_WithTypedDate_ProfileFetchedBeforeAnswering()
    {
        await using SlackHarness slack = await SlackHarness.StartAsync();

        await SlackHarness.JsonAsync(await slack.PostCommandAsync("add Send the deck by 2030-01-15 <@U0456EFGH78>"));

        Assert.Single(slack.Slack.CallsTo("users.info"));
        Assert.Equal("Europe/Berlin", Assert.Single(await slack.ItemsAsync()).Due?.TimeZoneId);
    }

    [Fact]
    public async Task ProfileLookupFailing_AskedOnceNotPerRequest()
    {
        await using SlackHarness slack = await SlackHarness.StartAsync();
        slack.Slack.Answers["users.info"] = """{"ok":false,"error":"fatal_error"}""";

        for (int i = 0; i < 3; i++)
        {
            await SlackHarness.JsonAsync(await slack.PostCommandAsync("add Item " + i.ToString(System.Globalization.CultureInfo.InvariantCulture) + " by 2030-01-15 <@U0456EFGH78>"));
        }

        for (int i = 0; i < 3; i++)
        {
            await SlackHarness.JsonAsync(await slack.PostCommandAsync("list"));
        }

        await Task.Delay(500);
        Assert.Equal(3, (await slack.ItemsAsync()).Count);
        Assert.Single(slack.Slack.CallsTo("users.info"));
    }

    [Fact]
    public async Task List_AfterAdd_ShowsTheItem()
    {
        await using SlackHarness slack = await SlackHarness.StartAsync();
        await slack.PostCommandAsync("add Book the offsite <@U0456EFGH78>");

        JsonObject answer = await SlackHarness.JsonAsync(await slack.PostCommandAsync("list mine"));

        Assert.Contains("Book the offsite", answer.ToJsonString(), StringComparison.Ordinal);
        await slack.Slack.WaitForAsync("users.info");
        await Task.Delay(300);
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
