using System.Net;
using System.Text.Json.Nodes;
using ActionTracker.Core.Execution;
using ActionTracker.Core.People;
using ActionTracker.Core.Ports;
using ActionTracker.Core.Tenancy;
using ActionTracker.Teams.Connector;
using Microsoft.Extensions.DependencyInjection;

namespace ActionTracker.Bot.Tests.Teams;

/// <summary>Happy paths over HTTP: authenticated activities in, replies out (response body or fake connector).</summary>
public sealed class TeamsFlowTests : IAsyncLifetime
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(15);

    private TeamsHost _host = null!;

    public async Task InitializeAsync() => _host = await TeamsHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Add_ExpectReplies_ReturnsItemCardInBody()
    {
        string user = Guid.NewGuid().ToString();

        JsonObject reply = await ExpectRepliesAsync(TeamsActivities.Message(_host.ServiceUrl, "add Send the budget", user, expectReplies: true));

        JsonObject card = FirstCard(reply);
        Assert.Equal("AdaptiveCard", (string?)card["type"]);
        Assert.Contains("Send the budget", card.ToJsonString(), StringComparison.Ordinal);
        Person? stored = await _host.GetPersonAsync(user);
        Assert.NotNull(stored);
        Assert.Equal("Europe/Berlin", stored.TimeZoneId);
        Assert.Contains("a:personal-" + user, stored.DirectMessageReference, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Message_WithBotMentionInChannel_ReplyReachesConnector()
    {
        string user = Guid.NewGuid().ToString();
        JsonObject activity = TeamsActivities.Message(_host.ServiceUrl, "<at>ActionTracker</at> add Book the venue", user, conversationType: "channel");
        activity["entities"] = new JsonArray(new JsonObject
        {
            ["type"] = "mention",
            ["text"] = "<at>ActionTracker</at>",
            ["mentioned"] = new JsonObject { ["id"] = TeamsActivities.BotId, ["name"] = "ActionTracker" },
        });

        using HttpResponseMessage response = await _host.PostAsync(activity, "Bearer " + _host.Token());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        RecordedCall call = await _host.Server.WaitForCallAsync(c => c.Path.StartsWith("/v3/conversations/19:team-channel", StringComparison.Ordinal), Wait);
        Assert.Equal("Bearer fake-bot-token", call.Authorization);
        Assert.Contains("Book the venue", call.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("\"text\":null", call.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Message_RedeliveredWithSameId_RunsOnce()
    {
        string user = Guid.NewGuid().ToString();
        JsonObject activity = TeamsActivities.Message(_host.ServiceUrl, "add Only once", user, expectReplies: true);

        JsonObject first = await ExpectRepliesAsync(activity);
        JsonObject second = await ExpectRepliesAsync(activity);

        Assert.Single(first["activities"]!.AsArray());
        Assert.Empty(second["activities"]!.AsArray());
    }

    [Fact]
    public async Task CardAction_Done_ReturnsRefreshedCardWithStatusDone()
    {
        string user = Guid.NewGuid().ToString();
        JsonObject added = FirstCard(await ExpectRepliesAsync(TeamsActivities.Message(_host.ServiceUrl, "add Ship the release", user, expectReplies: true)));
        long item = FindItemNumber(added);
        var data = new JsonObject { ["command"] = "done #" + item, ["item"] = item };

        using HttpResponseMessage response = await _host.PostAsync(TeamsActivities.CardAction(_host.ServiceUrl, user, data), "Bearer " + _host.Token());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        JsonObject body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
        Assert.Equal(200, (int)body["statusCode"]!);
        Assert.Equal("application/vnd.microsoft.card.adaptive", (string?)body["type"]);
        JsonArray facts = body["value"]!["body"]!.AsArray().First(e => (string?)e!["type"] == "FactSet")!["facts"]!.AsArray();
        Assert.Contains(facts, f => (string?)f!["title"] == "Status" && (string?)f["value"] == "Done");
    }

    [Fact]
    public async Task SubmitFallback_MessageWithValue_RunsTheButtonCommand()
    {
        string user = Guid.NewGuid().ToString();
        long item = FindItemNumber(FirstCard(await ExpectRepliesAsync(TeamsActivities.Message(_host.ServiceUrl, "add Water the plants", user, expectReplies: true))));
        JsonObject click = TeamsActivities.Message(_host.ServiceUrl, string.Empty, user, expectReplies: true);
        click.Remove("text");
        click["value"] = new JsonObject { ["command"] = "done #" + item, ["item"] = item };

        JsonObject reply = await ExpectRepliesAsync(click);

        Assert.Contains("\"Done\"", FirstCard(reply).ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Install_SendsWelcomeAndMakesInstallerAdmin()
    {
        string user = Guid.NewGuid().ToString();

        using HttpResponseMessage response = await _host.PostAsync(TeamsActivities.Install(_host.ServiceUrl, user), "Bearer " + _host.Token());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        RecordedCall call = await _host.Server.WaitForCallAsync(c => c.Path.Contains("a:personal-" + user, StringComparison.Ordinal), Wait);
        Assert.Contains("action items", call.Body, StringComparison.Ordinal);
        Person? person = await _host.GetPersonAsync(user);
        Assert.NotNull(person);
        Assert.True(person.IsAdmin || (await _host.Factory.Services.GetRequiredService<IPersonStore>()
            .ListAdminsAsync(TenantKey.ForTeams(TeamsActivities.TenantId), CancellationToken.None)).Count > 0);
    }

    [Fact]
    public async Task ProactiveDm_SecondHostSendsThroughStoredReference()
    {
        string user = Guid.NewGuid().ToString();
        await ExpectRepliesAsync(TeamsActivities.Message(_host.ServiceUrl, "help", user, expectReplies: true));
        var shared = new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["Storage:TablePrefix"] = _host.Factory.Unique,
            ["Storage:QueueName"] = _host.Factory.Unique,
        };
        await using TeamsHost second = await TeamsHost.StartAsync(extra: shared);
        _ = second.Factory.Services;
        string before = _host.ServiceUrl;

        INotifier notifier = second.Factory.Services.GetRequiredService<INotifier>();
        await notifier.NotifyAsync(TenantKey.ForTeams(TeamsActivities.TenantId), new PersonRef(user, "Megan Bowen"), new CommandResult { Text = "Reminder: #1 is due tomorrow" }, CancellationToken.None);

        RecordedCall call = await _host.Server.WaitForCallAsync(c => c.Path == "/v3/conversations/a:personal-" + user + "/activities", Wait);
        Assert.Contains("Reminder: #1 is due tomorrow", call.Body, StringComparison.Ordinal);
        Assert.Equal(before, _host.ServiceUrl);
    }

    [Fact]
    public async Task ProactiveDm_PersonSeenOnlyInChannel_CreatesPersonalChat()
    {
        string user = Guid.NewGuid().ToString();
        await ExpectRepliesAsync(TeamsActivities.Message(_host.ServiceUrl, "help", user, conversationType: "channel", expectReplies: true));

        TeamsGateway gateway = _host.Factory.Services.GetRequiredService<TeamsGateway>();
        await gateway.NotifyAsync(TenantKey.ForTeams(TeamsActivities.TenantId), new PersonRef(user, "Megan"), new CommandResult { Text = "Hello there" }, CancellationToken.None);

        RecordedCall create = await _host.Server.WaitForCallAsync(c => c.Method == "POST" && c.Path == "/v3/conversations", Wait);
        Assert.Contains("29:" + user, create.Body, StringComparison.Ordinal);
        await _host.Server.WaitForCallAsync(c => c.Path == "/v3/conversations/a:created-personal-chat/activities", Wait);
        Person? person = await _host.GetPersonAsync(user);
        Assert.Contains("a:created-personal-chat", person!.DirectMessageReference, StringComparison.Ordinal);
    }

    [Fact]
    public async Task IsMember_UsesConnectorRoster()
    {
        string user = Guid.NewGuid().ToString();
        await ExpectRepliesAsync(TeamsActivities.Message(_host.ServiceUrl, "help", user, conversationType: "channel", expectReplies: true));
        _host.Server.Members["19:team-channel@thread.tacv2|" + user] = true;
        TeamsGateway gateway = _host.Factory.Services.GetRequiredService<TeamsGateway>();
        var tenant = TenantKey.ForTeams(TeamsActivities.TenantId);

        bool member = await gateway.IsMemberAsync(tenant, "19:team-channel@thread.tacv2", user, CancellationToken.None);
        bool stranger = await gateway.IsMemberAsync(tenant, "19:team-channel@thread.tacv2", "someone-else", CancellationToken.None);

        Assert.True(member);
        Assert.False(stranger);
    }

    [Fact]
    public async Task MessageAction_FetchThenSubmit_CreatesItemAndShowsCard()
    {
        string user = Guid.NewGuid().ToString();
        var payload = new JsonObject
        {
            ["commandId"] = "createActionItem",
            ["commandContext"] = "message",
            ["messagePayload"] = new JsonObject { ["body"] = new JsonObject { ["contentType"] = "html", ["content"] = "<p>Order the <b>new laptops</b></p>" } },
        };

        using HttpResponseMessage fetch = await _host.PostAsync(TeamsActivities.MessageAction(_host.ServiceUrl, user, "composeExtension/fetchTask", payload), "Bearer " + _host.Token());
        JsonNode dialog = JsonNode.Parse(await fetch.Content.ReadAsStringAsync())!;
        string prefilled = (string)dialog["task"]!["value"]!["card"]!["content"]!["body"]![0]!["value"]!;
        var submit = new JsonObject { ["commandId"] = "createActionItem", ["data"] = new JsonObject { ["title"] = prefilled, ["command"] = "create" } };
        using HttpResponseMessage created = await _host.PostAsync(TeamsActivities.MessageAction(_host.ServiceUrl, user, "composeExtension/submitAction", submit), "Bearer " + _host.Token());

        Assert.Equal(HttpStatusCode.OK, fetch.StatusCode);
        Assert.Equal("Order the new laptops", prefilled);
        Assert.Equal(HttpStatusCode.OK, created.StatusCode);
        JsonNode result = JsonNode.Parse(await created.Content.ReadAsStringAsync())!;
        Assert.Equal("Action item created", (string?)result["task"]!["value"]!["title"]);
        Assert.Contains("Order the new laptops", result.ToJsonString(), StringComparison.Ordinal);
    }

    private async Task<JsonObject> ExpectRepliesAsync(JsonObject activity)
    {
        using HttpResponseMessage response = await _host.PostAsync(activity, "Bearer " + _host.Token());
        string text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, text);
        return JsonNode.Parse(text)!.AsObject();
    }

    private static JsonObject FirstCard(JsonObject replies) =>
        replies["activities"]![0]!["attachments"]![0]!["content"]!.AsObject();

    private static long FindItemNumber(JsonNode node)
    {
        foreach (JsonNode? found in Walk(node))
        {
            if (found is JsonObject o && o["item"] is JsonValue v && v.TryGetValue(out long n))
            {
                return n;
            }
        }

        throw new InvalidOperationException("No item number in card: " + node.ToJsonString());
    }

    private static IEnumerable<JsonNode?> Walk(JsonNode? node)
    {
        yield return node;
        IEnumerable<JsonNode?> children = node switch
        {
            JsonObject o => o.Select(p => p.Value),
            JsonArray a => a,
            _ => [],
        };
        foreach (JsonNode? child in children)
        {
            foreach (JsonNode? inner in Walk(child))
            {
                yield return inner;
            }
        }
    }
}
