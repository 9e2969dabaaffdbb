using System.Net;
using System.Text.Json.Nodes;
using ActionTracker.Core.Ports;
using Microsoft.Extensions.DependencyInjection;

namespace ActionTracker.Bot.Tests.Slack;

public sealed class SlackEventsTests
{
    [Fact]
    public async Task UrlVerification_EchoesChallenge()
    {
        await using SlackHarness slack = await SlackHarness.StartAsync();
        var body = new JsonObject { ["token"] = "Jhj5dZrVaK7ZwHHjRyZWjbDl", ["challenge"] = "3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P", ["type"] = "url_verification" };

        JsonObject answer = await SlackHarness.JsonAsync(await slack.PostEventAsync(body));

        Assert.Equal("3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P", answer["challenge"]!.GetValue<string>());
    }

    [Fact]
    public async Task AppMention_DuplicateAndRetry_OneItemOneReply()
    {
        await using SlackHarness slack = await SlackHarness.StartAsync();
        JsonObject evt = SlackPayloads.Event("Ev0001", Mention("<@UBOT00001> add Prepare the board pack <@U0456EFGH78>"));

        HttpResponseMessage first = await slack.PostEventAsync(evt);
        HttpResponseMessage duplicate = await slack.PostEventAsync(evt);
        HttpResponseMessage retry = await slack.PostEventAsync(evt, retryNum: 1);

        Assert.All([first, duplicate, retry], r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        await slack.Slack.WaitForAsync("chat.postEphemeral");
        await Task.Delay(1500);
        Assert.Single(await slack.ItemsAsync());
        Assert.Single(slack.Slack.CallsTo("chat.postEphemeral"));
        Assert.Equal("1767225600.000100", slack.Slack.CallsTo("chat.postEphemeral")[0].Json["thread_ts"]!.GetValue<string>());
    }

    [Fact]
    public async Task DirectMessage_WithoutSlash_RunsAndRepliesInDm()
    {
        await using SlackHarness slack = await SlackHarness.StartAsync();
        var dm = new JsonObject { ["type"] = "message", ["channel_type"] = "im", ["user"] = SlackHarness.UserId, ["text"] = "list mine", ["ts"] = "1767225600.000200", ["channel"] = "D0DM00001" };

        await slack.PostEventAsync(SlackPayloads.Event("Ev0002", dm));

        RecordedCall posted = await slack.Slack.WaitForAsync("chat.postMessage");
        Assert.Equal("D0DM00001", posted.Json["channel"]!.GetValue<string>());
    }

    [Fact]
    public async Task DirectMessage_HugeText_AckedAndAnsweredWithoutStoringAnything()
    {
        await using SlackHarness slack = await SlackHarness.StartAsync();
        var dm = new JsonObject { ["type"] = "message", ["channel_type"] = "im", ["user"] = SlackHarness.UserId, ["text"] = "add " + new string('x', 200_000), ["channel"] = "D0DM00001" };

        HttpResponseMessage response = await slack.PostEventAsync(SlackPayloads.Event("Ev0010", dm));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await slack.Slack.WaitForAsync("chat.postMessage");
        Assert.Empty(await slack.ItemsAsync());
    }

    [Fact]
    public async Task BotMessageAndEdits_Ignored()
    {
        await using SlackHarness slack = await SlackHarness.StartAsync();
        var fromBot = new JsonObject { ["type"] = "message", ["channel_type"] = "im", ["bot_id"] = "B1", ["text"] = "add loop", ["channel"] = "D0DM00001", ["user"] = "UBOT00001" };
        var edit = new JsonObject { ["type"] = "message", ["channel_type"] = "im", ["subtype"] = "message_changed", ["channel"] = "D0DM00001" };
        var real = new JsonObject { ["type"] = "message", ["channel_type"] = "im", ["user"] = SlackHarness.UserId, ["text"] = "help", ["channel"] = "D0DM00001" };

        await slack.PostEventAsync(SlackPayloads.Event("Ev0003", fromBot));
        await slack.PostEventAsync(SlackPayloads.Event("Ev0004", edit));
        await slack.PostEventAsync(SlackPayloads.Event("Ev0005", real));

        await slack.Slack.WaitForAsync("chat.postMessage");
        await Task.Delay(500);
        Assert.Single(slack.Slack.CallsTo("chat.postMessage"));
        Assert.Empty(await slack.ItemsAsync());
    }

    [Fact]
    public async Task AppHomeOpened_PublishesHomeWithMyItems()
    {
        await using SlackHarness slack = await SlackHarness.StartAsync();
        await slack.PostCommandAsync("add Review the budget <@U0456EFGH78>");
        var opened = new JsonObject { ["type"] = "app_home_opened", ["user"] = SlackHarness.UserId, ["channel"] = "D0DM00001", ["tab"] = "home" };

        await slack.PostEventAsync(SlackPayloads.Event("Ev0006", opened));

        RecordedCall publish = await slack.Slack.WaitForAsync("views.publish");
        Assert.Equal(SlackHarness.UserId, publish.Json["user_id"]!.GetValue<string>());
        Assert.Equal("home", publish.Json["view"]!["type"]!.GetValue<string>());
        Assert.Contains("Review the budget", publish.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AppHomeOpened_ShowsDueSoonFirstThenMineThenWatched()
    {
        await using SlackHarness slack = await SlackHarness.StartAsync();
        await slack.PostCommandAsync("add Later item <@U0456EFGH78> due 2030-06-01");
        await slack.PostCommandAsync("add Overdue item <@U0456EFGH78> due 2030-06-01");
        IActionItemStore store = slack.Factory.Services.GetRequiredService<IActionItemStore>();
        Core.Items.ActionItem overdueItem = (await store.GetAsync(SlackHarness.Tenant, new Core.Items.ItemNumber(2), CancellationToken.None))!;
        await store.UpdateAsync(
            overdueItem, overdueItem with { Due = overdueItem.Due! with { Utc = DateTimeOffset.UnixEpoch } }, new Core.People.PersonRef(SlackHarness.UserId, "megan"), CancellationToken.None);
        await slack.PostSignedAsync(
            "/slack/commands", SlackHarness.Form(SlackHarness.Command("add Watched item <@U0MARIA001> <@U0456EFGH78>", userId: "U0MARIA001")), "application/x-www-form-urlencoded");
        await slack.PostSignedAsync(
            "/slack/commands", SlackHarness.Form(SlackHarness.Command("add Not mine at all <@U0MARIA001>", userId: "U0MARIA001")), "application/x-www-form-urlencoded");
        var opened = new JsonObject { ["type"] = "app_home_opened", ["user"] = SlackHarness.UserId, ["channel"] = "D0DM00001", ["tab"] = "home" };

        await slack.PostEventAsync(SlackPayloads.Event("Ev0016", opened));

        string home = (await slack.Slack.WaitForAsync("views.publish")).Body;
        int overdue = home.IndexOf("Overdue item", StringComparison.Ordinal);
        int later = home.IndexOf("Later item", StringComparison.Ordinal);
        int watched = home.IndexOf("Watched item", StringComparison.Ordinal);
        Assert.True(overdue >= 0 && later > overdue && watched > later, home);
        Assert.DoesNotContain("Not mine at all", home, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AppUninstalled_DeletesInstallation()
    {
        await using SlackHarness slack = await SlackHarness.StartAsync(oauth: true);
        IInstallationStore installs = slack.Factory.Services.GetRequiredService<IInstallationStore>();
        await installs.SaveAsync(new Installation { Tenant = SlackHarness.Tenant, BotToken = "xoxb-stored", InstalledAt = DateTimeOffset.UnixEpoch }, CancellationToken.None);
        Assert.Equal("xoxb-stored", (await installs.GetAsync(SlackHarness.Tenant, CancellationToken.None))?.BotToken);

        await slack.PostEventAsync(SlackPayloads.Event("Ev0007", new JsonObject { ["type"] = "app_uninstalled" }));

        for (int i = 0; i < 100 && await installs.GetAsync(SlackHarness.Tenant, CancellationToken.None) is not null; i++)
        {
            await Task.Delay(50);
        }

        Assert.Null(await installs.GetAsync(SlackHarness.Tenant, CancellationToken.None));
    }

    private static JsonObject Mention(string text) => new()
    {
        ["type"] = "app_mention",
        ["user"] = SlackHarness.UserId,
        ["text"] = text,
        ["ts"] = "1767225600.000100",
        ["channel"] = SlackHarness.ChannelId,
        ["event_ts"] = "1767225600.000100",
        ["thread_ts"] = "1767225600.000100",
    };
}
