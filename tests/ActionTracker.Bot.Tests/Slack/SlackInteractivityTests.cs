using System.Net;
using System.Text.Json.Nodes;
using ActionTracker.Core.Items;

namespace ActionTracker.Bot.Tests.Slack;

public sealed class SlackInteractivityTests
{
    [Theory]
    [InlineData("run:done", ItemStatus.Done)]
    [InlineData("run:start", ItemStatus.InProgress)]
    public async Task Button_OnCard_RunsCommandAndReplacesMessage(string actionPrefix, ItemStatus expected)
    {
        await using SlackHarness slack = await SlackHarness.StartAsync();
        JsonObject button = await CardElementAsync(slack, actionPrefix);

        HttpResponseMessage response = await slack.PostPayloadAsync(SlackPayloads.BlockAction(slack.Slack.ResponseUrl("a"), SlackPayloads.Button(button)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(expected, Assert.Single(await slack.ItemsAsync()).Status);
        RecordedCall update = Assert.Single(slack.Slack.CallsTo("/response/a"));
        Assert.True(update.Json["replace_original"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Snooze_OnCard_MovesDueDate()
    {
        await using SlackHarness slack = await SlackHarness.StartAsync();
        JsonObject button = await CardElementAsync(slack, "run:snooze", "add Send minutes <@U0456EFGH78> due 2026-12-01");
        DateTimeOffset? before = Assert.Single(await slack.ItemsAsync()).Due?.Utc;

        await slack.PostPayloadAsync(SlackPayloads.BlockAction(slack.Slack.ResponseUrl("s"), SlackPayloads.Button(button)));

        Assert.NotEqual(before, Assert.Single(await slack.ItemsAsync()).Due?.Utc);
        Assert.Single(slack.Slack.CallsTo("/response/s"));
    }

    [Fact]
    public async Task Snooze_DoubleClick_AppliedOnceAndCardRefreshed()
    {
        await using SlackHarness slack = await SlackHarness.StartAsync();
        JsonObject button = await CardElementAsync(slack, "run:snooze", "add Send minutes <@U0456EFGH78> due 2026-12-01");
        DateTimeOffset before = Assert.Single(await slack.ItemsAsync()).Due!.Utc;

        await slack.PostPayloadAsync(SlackPayloads.BlockAction(slack.Slack.ResponseUrl("1"), SlackPayloads.Button(button)));
        await slack.PostPayloadAsync(SlackPayloads.BlockAction(slack.Slack.ResponseUrl("2"), SlackPayloads.Button(button)));

        Assert.Equal(before.AddDays(1), Assert.Single(await slack.ItemsAsync()).Due!.Utc);
        Assert.Contains("nothing was done", Assert.Single(slack.Slack.CallsTo("/response/2")).Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NewDate_Datepicker_SetsDue()
    {
        await using SlackHarness slack = await SlackHarness.StartAsync();
        JsonObject picker = await CardElementAsync(slack, "cmd:due");
        var action = new JsonObject { ["action_id"] = picker["action_id"]!.GetValue<string>(), ["type"] = "datepicker", ["selected_date"] = "2027-01-15" };

        await slack.PostPayloadAsync(SlackPayloads.BlockAction(slack.Slack.ResponseUrl("d"), action));

        DueDate due = Assert.IsType<DueDate>(Assert.Single(await slack.ItemsAsync()).Due);
        Assert.Equal(new DateOnly(2027, 1, 15), DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(due.Utc, TimeZoneInfo.FindSystemTimeZoneById(due.TimeZoneId)).DateTime));
    }

    [Fact]
    public async Task Reassign_UsersSelect_ChangesOwner()
    {
        await using SlackHarness slack = await SlackHarness.StartAsync();
        JsonObject select = await CardElementAsync(slack, "cmd:assign");
        var action = new JsonObject { ["action_id"] = select["action_id"]!.GetValue<string>(), ["type"] = "users_select", ["selected_user"] = "U0MARIA001" };

        await slack.PostPayloadAsync(SlackPayloads.BlockAction(slack.Slack.ResponseUrl("r"), action));

        ActionItem item = Assert.Single(await slack.ItemsAsync());
        Assert.Equal("U0MARIA001", item.Owner?.Id);
    }

    [Fact]
    public async Task Edit_Button_OpensModalAndSubmissionValidatesThenApplies()
    {
        await using SlackHarness slack = await SlackHarness.StartAsync();
        JsonObject edit = await CardElementAsync(slack, "edit:");

        await slack.PostPayloadAsync(SlackPayloads.BlockAction(slack.Slack.ResponseUrl("e"), SlackPayloads.Button(edit)));
        JsonObject view = (await slack.Slack.WaitForAsync("views.open")).Json["view"]!.AsObject();
        string metadata = view["private_metadata"]!.GetValue<string>();
        Assert.Equal("Send minutes", view["blocks"]![0]!["element"]!["initial_value"]!.GetValue<string>());

        JsonObject empty = await SlackHarness.JsonAsync(await slack.PostPayloadAsync(SlackPayloads.ViewSubmission("edit_item", metadata, SlackPayloads.Values("  "))));
        JsonObject tooLong = await SlackHarness.JsonAsync(await slack.PostPayloadAsync(SlackPayloads.ViewSubmission("edit_item", metadata, SlackPayloads.Values(new string('x', 501)))));
        JsonObject badDate = await SlackHarness.JsonAsync(await slack.PostPayloadAsync(SlackPayloads.ViewSubmission("edit_item", metadata, SlackPayloads.Values("New title", "the 45th of Smarch"))));
        Assert.Equal("errors", empty["response_action"]!.GetValue<string>());
        Assert.NotNull(empty["errors"]!["title"]);
        Assert.NotNull(tooLong["errors"]!["title"]);
        Assert.NotNull(badDate["errors"]!["due"]);
        Assert.Equal("Send minutes", Assert.Single(await slack.ItemsAsync()).Title);

        HttpResponseMessage ok = await slack.PostPayloadAsync(SlackPayloads.ViewSubmission("edit_item", metadata, SlackPayloads.Values("Send the minutes & actions")));

        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        Assert.Equal(string.Empty, await ok.Content.ReadAsStringAsync());
        Assert.Equal("Send the minutes & actions", Assert.Single(await slack.ItemsAsync()).Title);
    }

    [Fact]
    public async Task MessageShortcut_OpensPrefilledModalAndSubmissionCreatesItem()
    {
        await using SlackHarness slack = await SlackHarness.StartAsync();
        var shortcut = new JsonObject
        {
            ["type"] = "message_action",
            ["callback_id"] = "create_action_item",
            ["api_app_id"] = SlackHarness.AppId,
            ["trigger_id"] = "9.9.9",
            ["team"] = new JsonObject { ["id"] = SlackHarness.TeamId },
            ["user"] = new JsonObject { ["id"] = SlackHarness.UserId, ["name"] = "megan" },
            ["channel"] = new JsonObject { ["id"] = SlackHarness.ChannelId, ["name"] = "eng-standup" },
            ["message"] = new JsonObject { ["text"] = "Can someone update the roadmap &amp; share it?", ["user"] = "U0MARIA001", ["ts"] = "1767225500.000200" },
            ["response_url"] = slack.Slack.ResponseUrl("m"),
        };

        await slack.PostPayloadAsync(shortcut);
        JsonObject view = (await slack.Slack.WaitForAsync("views.open")).Json["view"]!.AsObject();
        Assert.Equal("Can someone update the roadmap & share it?", view["blocks"]![0]!["element"]!["initial_value"]!.GetValue<string>());
        Assert.Equal("U0MARIA001", view["blocks"]![1]!["element"]!["initial_user"]!.GetValue<string>());

        JsonObject badGoal = await SlackHarness.JsonAsync(await slack.PostPayloadAsync(SlackPayloads.ViewSubmission(
            "create_item", view["private_metadata"]!.GetValue<string>(), SlackPayloads.Values("Update the roadmap", owner: "U0MARIA001", goal: "banana"))));
        Assert.Equal("Use a goal id like G7 or a milestone like G7.2.", badGoal["errors"]!["goal"]!.GetValue<string>());
        Assert.Empty(await slack.ItemsAsync());

        await slack.PostCommandAsync("goal add Publish the roadmap");
        HttpResponseMessage submitted = await slack.PostPayloadAsync(SlackPayloads.ViewSubmission(
            "create_item", view["private_metadata"]!.GetValue<string>(), SlackPayloads.Values("Update the roadmap", owner: "U0MARIA001", goal: "g1")));

        Assert.Equal(HttpStatusCode.OK, submitted.StatusCode);
        ActionItem item = Assert.Single(await slack.ItemsAsync());
        Assert.Equal("Update the roadmap", item.Title);
        Assert.Equal("U0MARIA001", item.Owner?.Id);
        Assert.Equal("G1", item.GoalId);
        Assert.Single(slack.Slack.CallsTo("/response/m"));
    }

    [Fact]
    public async Task Edit_GoalField_LinksTheItemAndRefusesUnknownGoals()
    {
        await using SlackHarness slack = await SlackHarness.StartAsync();
        JsonObject edit = await CardElementAsync(slack, "edit:");
        await slack.PostPayloadAsync(SlackPayloads.BlockAction(slack.Slack.ResponseUrl("e"), SlackPayloads.Button(edit)));
        JsonObject view = (await slack.Slack.WaitForAsync("views.open")).Json["view"]!.AsObject();
        string metadata = view["private_metadata"]!.GetValue<string>();

        JsonObject banana = await SlackHarness.JsonAsync(await slack.PostPayloadAsync(SlackPayloads.ViewSubmission("edit_item", metadata, SlackPayloads.Values("Renamed", goal: "banana"))));
        JsonObject unknown = await SlackHarness.JsonAsync(await slack.PostPayloadAsync(SlackPayloads.ViewSubmission("edit_item", metadata, SlackPayloads.Values("Renamed", goal: "G4"))));
        ActionItem unchanged = Assert.Single(await slack.ItemsAsync());
        await slack.PostCommandAsync("goal add Publish the roadmap");
        HttpResponseMessage ok = await slack.PostPayloadAsync(SlackPayloads.ViewSubmission("edit_item", metadata, SlackPayloads.Values("Send the minutes", goal: "g1")));

        Assert.Equal("Use a goal id like G7 or a milestone like G7.2.", banana["errors"]!["goal"]!.GetValue<string>());
        Assert.Contains("G4", unknown["errors"]!["goal"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(("Send minutes", (string?)null), (unchanged.Title, unchanged.GoalId));
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        ActionItem item = Assert.Single(await slack.ItemsAsync());
        Assert.Equal(("Send the minutes", "G1"), (item.Title, item.GoalId));
    }

    [Fact]
    public async Task ReviewCard_DevelopmentButton_OpensFormThatCreatesTheReviewedPersonsItem()
    {
        await using SlackHarness slack = await SlackHarness.StartAsync();
        JsonObject button = await CardElementAsync(slack, "develop:", add: "review me");

        await slack.PostPayloadAsync(SlackPayloads.BlockAction(slack.Slack.ResponseUrl("r"), SlackPayloads.Button(button)));
        JsonObject view = (await slack.Slack.WaitForAsync("views.open")).Json["view"]!.AsObject();
        string metadata = view["private_metadata"]!.GetValue<string>();
        JsonObject empty = await SlackHarness.JsonAsync(await slack.PostPayloadAsync(SlackPayloads.ViewSubmission("add_development", metadata, SlackPayloads.Values(" "))));
        JsonObject badDate = await SlackHarness.JsonAsync(await slack.PostPayloadAsync(SlackPayloads.ViewSubmission("add_development", metadata, SlackPayloads.Values("Present at the all-hands", "the 45th of Smarch"))));
        Assert.Empty(await slack.ItemsAsync());
        HttpResponseMessage ok = await slack.PostPayloadAsync(SlackPayloads.ViewSubmission("add_development", metadata, SlackPayloads.Values("Present at the all-hands", "2030-01-31")));

        Assert.Equal("add_development", view["callback_id"]!.GetValue<string>());
        Assert.NotNull(empty["errors"]!["title"]);
        Assert.NotNull(badDate["errors"]!["due"]);
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        ActionItem item = Assert.Single(await slack.ItemsAsync());
        Assert.Equal(("Present at the all-hands", ItemKind.Development, SlackHarness.UserId), (item.Title, item.Kind, item.Owner?.Id));
        Assert.NotNull(item.ReviewPeriod);
        Assert.Single(slack.Slack.CallsTo("/response/r"));
    }

    /// <summary>Adds an item by slash command and returns the interactive element of its card whose action_id starts with the prefix.</summary>
    private static async Task<JsonObject> CardElementAsync(SlackHarness slack, string prefix, string add = "add Send minutes <@U0456EFGH78>")
    {
        JsonObject answer = await SlackHarness.JsonAsync(await slack.PostCommandAsync(add));
        return answer["blocks"]!.AsArray()
            .Where(b => b!["type"]!.GetValue<string>() == "actions")
            .SelectMany(b => b!["elements"]!.AsArray())
            .Select(e => e!.AsObject())
            .First(e => e["action_id"]!.GetValue<string>().StartsWith(prefix, StringComparison.Ordinal));
    }
}
