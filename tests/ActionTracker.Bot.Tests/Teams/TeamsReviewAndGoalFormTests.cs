using System.Net;
using System.Text.Json.Nodes;
using ActionTracker.Core.Items;
using ActionTracker.Core.Ports;
using ActionTracker.Core.Tenancy;
using Microsoft.Extensions.DependencyInjection;

namespace ActionTracker.Bot.Tests.Teams;

/// <summary>The goal field of the create dialog and the edit form, and the review card's development item form, over HTTP.</summary>
public sealed class TeamsReviewAndGoalFormTests : IAsyncLifetime
{
    private readonly string _user = Guid.NewGuid().ToString();
    private TeamsHost _host = null!;

    public async Task InitializeAsync() => _host = await TeamsHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task CreateDialog_GoalField_LinksTheNewItem_UnknownGoalCreatesNothing()
    {
        await MessageAsync("goal add Grow revenue");
        JsonObject payload = new() { ["commandId"] = "createActionItem", ["commandContext"] = "message" };
        using HttpResponseMessage fetch = await _host.PostAsync(TeamsActivities.MessageAction(_host.ServiceUrl, _user, "composeExtension/fetchTask", payload), "Bearer " + _host.Token());
        JsonArray inputs = JsonNode.Parse(await fetch.Content.ReadAsStringAsync())!["task"]!["value"]!["card"]!["content"]!["body"]!.AsArray();

        string refused = await SubmitDialogAsync("Price the new tier", "G9");
        string created = await SubmitDialogAsync("Price the new tier", "g1");

        Assert.Contains(inputs, i => (string?)i!["id"] == "goal");
        Assert.Contains("Not created", refused, StringComparison.Ordinal);
        ActionItem item = Assert.Single(await ItemsAsync());
        Assert.Equal(("Price the new tier", "G1"), (item.Title, item.GoalId));
        Assert.Contains("Action item created", created, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EditForm_GoalField_LinksFirst_AndABadGoalChangesNothing()
    {
        await MessageAsync("goal add Grow revenue");
        await MessageAsync("add Send the budget");

        JsonObject badGoal = await EditAsync(title: "Send the final budget", goal: "G9");
        ActionItem unchanged = Assert.Single(await ItemsAsync());
        JsonObject goalOnly = await EditAsync(title: string.Empty, goal: "G1");
        JsonObject both = await EditAsync(title: "Send the final budget", goal: "G1");

        Assert.Equal(("Send the budget", (string?)null), (unchanged.Title, unchanged.GoalId));
        Assert.Contains("G9", badGoal.ToJsonString(), StringComparison.Ordinal);
        Assert.Contains("\"Goal\"", goalOnly.ToJsonString(), StringComparison.Ordinal);
        Assert.Contains("Send the final budget", both.ToJsonString(), StringComparison.Ordinal);
        ActionItem item = Assert.Single(await ItemsAsync());
        Assert.Equal(("Send the final budget", "G1"), (item.Title, item.GoalId));
    }

    [Fact]
    public async Task ReviewCard_DevelopmentForm_CreatesTheReviewedPersonsDevelopmentItem()
    {
        JsonObject card = FirstCard(await MessageAsync("review me"));
        JsonObject form = card["actions"]!.AsArray().Single(a => (string?)a!["title"] == "Add development item")!.AsObject();
        JsonObject save = form["card"]!["actions"]![0]!.AsObject();
        JsonObject data = save["data"]!.DeepClone().AsObject();
        data[(string)data["input"]!] = "Present at the all-hands due 2030-01-31";

        using HttpResponseMessage response = await _host.PostAsync(TeamsActivities.CardAction(_host.ServiceUrl, _user, data), "Bearer " + _host.Token());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Input.Text", (string?)form["card"]!["body"]![0]!["type"]);
        Assert.Contains("Present at the all-hands", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        ActionItem item = Assert.Single(await ItemsAsync());
        Assert.Equal((ItemKind.Development, _user, ItemStatus.Open), (item.Kind, item.Owner?.Id, item.Status));
        Assert.NotNull(item.ReviewPeriod);
        Assert.Equal(new DateTimeOffset(2030, 1, 31, 16, 0, 0, TimeSpan.Zero), item.Due?.Utc);
    }

    private async Task<JsonObject> EditAsync(string title, string goal)
    {
        JsonObject card = FirstCard(await MessageAsync("show #1"));
        JsonObject form = card["actions"]!.AsArray().Single(a => (string?)a!["title"] == "Edit")!.AsObject();
        JsonObject data = form["card"]!["actions"]![0]!["data"]!.DeepClone().AsObject();
        data[(string)data["input"]!] = title;
        data[(string)data["goalInput"]!] = goal;
        using HttpResponseMessage response = await _host.PostAsync(TeamsActivities.CardAction(_host.ServiceUrl, _user, data), "Bearer " + _host.Token());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
    }

    private async Task<string> SubmitDialogAsync(string title, string goal)
    {
        var submit = new JsonObject { ["commandId"] = "createActionItem", ["data"] = new JsonObject { ["title"] = title, ["goal"] = goal, ["command"] = "create" } };
        using HttpResponseMessage response = await _host.PostAsync(TeamsActivities.MessageAction(_host.ServiceUrl, _user, "composeExtension/submitAction", submit), "Bearer " + _host.Token());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    private async Task<JsonObject> MessageAsync(string text)
    {
        using HttpResponseMessage response = await _host.PostAsync(TeamsActivities.Message(_host.ServiceUrl, text, _user, expectReplies: true), "Bearer " + _host.Token());
        string body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        return JsonNode.Parse(body)!.AsObject();
    }

    private async Task<IReadOnlyList<ActionItem>> ItemsAsync()
    {
        ResultPage<ActionItem> page = await _host.Factory.Services.GetRequiredService<IActionItemStore>()
            .ListByOwnerAsync(TenantKey.ForTeams(TeamsActivities.TenantId), _user, ItemListFilter.All, null, 100, CancellationToken.None);
        return page.Items;
    }

    private static JsonObject FirstCard(JsonObject replies) =>
        replies["activities"]![0]!["attachments"]![0]!["content"]!.AsObject();
}
