using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using ActionTracker.Bot.Tests.Transcripts;
using ActionTracker.Core.Items;
using ActionTracker.Core.Meetings;
using ActionTracker.Core.Ports;
using ActionTracker.Core.Tenancy;
using ActionTracker.Teams.Graph;
using Microsoft.Extensions.DependencyInjection;

namespace ActionTracker.Bot.Tests.Teams;

/// <summary>Teams transcripts through <c>/api/messages</c> and <c>/graph/notifications</c> with a fake connector and a fake Graph over https.</summary>
public sealed class TeamsTranscriptTests
{
    private const string MeetingChat = "19:meeting_fake@thread.v2";
    private const string TeamsMeetingId = "MCMxOTptZWV0aW5nX2Zha2VAdGhyZWFkLnYyIzA=";
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(20);
    private static readonly TenantKey Tenant = TenantKey.ForTeams(TeamsActivities.TenantId);

    [Fact]
    public async Task MeetingEnd_TranscriptFromGraph_DraftCardPostedToMeetingChat()
    {
        await using FakeGraphServer graph = await FakeGraphServer.StartAsync();
        await using TeamsHost host = await StartAsync(graph);

        HttpResponseMessage response = await host.PostAsync(MeetingEnd(host.ServiceUrl), "Bearer " + host.Token());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        RecordedCall posted = await host.Server.WaitForCallAsync(c => c.Method == "POST" && c.Path == "/v3/conversations/" + MeetingChat + "/activities", Wait);
        JsonObject card = JsonNode.Parse(posted.Body)!["attachments"]![0]!["content"]!.AsObject();
        string text = card.ToJsonString();
        Assert.Contains("M1 Weekly leadership sync", text, StringComparison.Ordinal);
        Assert.Contains("Send the budget to finance", text, StringComparison.Ordinal);
        Assert.Contains("transcript accept M1 all", text, StringComparison.Ordinal);
        Assert.Contains("the launch to March", text, StringComparison.Ordinal);
        Assert.All(graph.GraphCalls, c => Assert.Equal("Bearer graph-token", c.Authorization));
        Assert.Contains(graph.GraphCalls, c => c.Path.Contains("/transcripts/" + FakeGraphServer.TranscriptId + "/content", StringComparison.Ordinal));
        Assert.Contains(host.Server.Calls, c => c.Path == "/v1/meetings/" + TeamsMeetingId);
        Assert.Empty(await ItemsAsync(host));
    }

    [Fact]
    public async Task MeetingEndTwice_OneDraftOneCard_AcceptAllFromCardStoresEachOnce()
    {
        await using FakeGraphServer graph = await FakeGraphServer.StartAsync();
        await using TeamsHost host = await StartAsync(graph);
        await host.PostAsync(MeetingEnd(host.ServiceUrl), "Bearer " + host.Token());
        await host.Server.WaitForCallAsync(c => c.Path == "/v3/conversations/" + MeetingChat + "/activities", Wait);

        HttpResponseMessage again = await host.PostAsync(MeetingEnd(host.ServiceUrl, "event-2"), "Bearer " + host.Token());
        await Task.Delay(1500);
        var data = new JsonObject { ["command"] = "transcript accept M1 all" };
        JsonObject click = TeamsActivities.CardAction(host.ServiceUrl, FakeGraphServer.OrganizerId, data);
        click["conversation"] = new JsonObject { ["id"] = MeetingChat, ["conversationType"] = "groupChat", ["tenantId"] = TeamsActivities.TenantId };
        HttpResponseMessage first = await host.PostAsync(click, "Bearer " + host.Token());
        HttpResponseMessage redelivered = await host.PostAsync(click, "Bearer " + host.Token());
        click["id"] = Guid.NewGuid().ToString("N");
        HttpResponseMessage second = await host.PostAsync(click, "Bearer " + host.Token());

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Single(graph.GraphCalls, c => c.Path.Contains("/content", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Contains("Already done.", await redelivered.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("saved as #", await second.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Single(host.Server.Calls, c => c.Path == "/v3/conversations/" + MeetingChat + "/activities");
        IReadOnlyList<ActionItem> items = await ItemsAsync(host);
        Assert.Equal(4, items.Count);
        Assert.All(items, i => Assert.Equal("M1", i.MeetingId));
        Assert.Null(await host.Factory.Services.GetRequiredService<IMeetingStore>().GetAsync(Tenant, 2, CancellationToken.None));
    }

    [Fact]
    public async Task MeetingEnd_Graph403_ClearMessageNothingStored()
    {
        await using FakeGraphServer graph = await FakeGraphServer.StartAsync();
        graph.TranscriptsStatus = 403;
        await using TeamsHost host = await StartAsync(graph);

        await host.PostAsync(MeetingEnd(host.ServiceUrl), "Bearer " + host.Token());

        RecordedCall posted = await host.Server.WaitForCallAsync(c => c.Path == "/v3/conversations/" + MeetingChat + "/activities", Wait);
        Assert.Contains("not allowed to read this meeting", posted.Body, StringComparison.Ordinal);
        Assert.Contains("403", posted.Body, StringComparison.Ordinal);
        Assert.Null(await host.Factory.Services.GetRequiredService<IMeetingStore>().GetAsync(Tenant, 1, CancellationToken.None));
        Assert.Empty(await ItemsAsync(host));
    }

    [Fact]
    public async Task MeetingEnd_NoTranscriptYet_SaysSo()
    {
        await using FakeGraphServer graph = await FakeGraphServer.StartAsync();
        graph.TranscriptsStatus = 404;
        await using TeamsHost host = await StartAsync(graph);

        await host.PostAsync(MeetingEnd(host.ServiceUrl), "Bearer " + host.Token());

        RecordedCall posted = await host.Server.WaitForCallAsync(c => c.Path == "/v3/conversations/" + MeetingChat + "/activities", Wait);
        Assert.Contains("no transcript for this meeting yet", posted.Body, StringComparison.Ordinal);
        Assert.Null(await host.Factory.Services.GetRequiredService<IMeetingStore>().GetAsync(Tenant, 1, CancellationToken.None));
    }

    [Fact]
    public async Task GraphNotifications_HandshakeEchoesToken_WrongClientStateRefused_ValidOnePostsCard()
    {
        await using FakeGraphServer graph = await FakeGraphServer.StartAsync();
        await using TeamsHost host = await StartAsync(graph);
        // The bot has been in the meeting chat, so it has somewhere to post.
        await host.PostAsync(TeamsActivities.Message(host.ServiceUrl, "help", FakeGraphServer.OrganizerId, "groupChat", MeetingChat), "Bearer " + host.Token());

        HttpResponseMessage handshake = await host.Client.PostAsync(new Uri("/graph/notifications?validationToken=Validation%3A%20abc%20123", UriKind.Relative), null);
        HttpResponseMessage forged = await PostNotificationAsync(host, "not-the-secret");
        HttpResponseMessage valid = await PostNotificationAsync(host, FakeGraphServer.ClientState);

        Assert.Equal(HttpStatusCode.OK, handshake.StatusCode);
        Assert.Equal("text/plain", handshake.Content.Headers.ContentType?.MediaType);
        Assert.Equal("Validation: abc 123", await handshake.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Unauthorized, forged.StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, valid.StatusCode);
        RecordedCall posted = await host.Server.WaitForCallAsync(
            c => c.Path == "/v3/conversations/" + MeetingChat + "/activities" && c.Body.Contains("transcript accept M1", StringComparison.Ordinal), Wait);
        Assert.Contains("Weekly leadership sync", posted.Body, StringComparison.Ordinal);
        Assert.Single(graph.GraphCalls, c => c.Path.EndsWith("/content?$format=text/vtt", StringComparison.Ordinal));
    }

    [Fact]
    public async Task SubscriptionService_CreatesThenRenews()
    {
        await using FakeGraphServer graph = await FakeGraphServer.StartAsync();
        await using TeamsHost host = await StartAsync(graph, new Dictionary<string, string?>
        {
            ["Graph:TenantId"] = TeamsActivities.TenantId,
            ["Graph:NotificationUrl"] = "https://bot.contoso.example/graph/notifications",
        });
        GraphSubscriptionService service = host.Factory.Services.GetRequiredService<GraphSubscriptionService>();
        DateTimeOffset now = new(2026, 11, 23, 10, 0, 0, TimeSpan.Zero);

        Assert.True(await service.RunOnceAsync(now, CancellationToken.None));
        Assert.True(await service.RunOnceAsync(now.AddMinutes(50), CancellationToken.None));

        // The hosted service subscribes at start too; each creation carries the same request.
        RecordedCall created = graph.GraphCalls.First(c => c.Method == "POST" && c.Path == "/v1.0/subscriptions");
        JsonObject body = JsonNode.Parse(created.Body)!.AsObject();
        Assert.Equal("created", body["changeType"]!.GetValue<string>());
        Assert.Equal(FakeGraphServer.ClientState, body["clientState"]!.GetValue<string>());
        Assert.Equal("communications/onlineMeetings/getAllTranscripts", body["resource"]!.GetValue<string>());
        Assert.Contains(graph.GraphCalls, c => c.Method == "PATCH" && c.Path == "/v1.0/subscriptions/subscription-1");
        Assert.All(graph.GraphCalls, c => Assert.Equal("Bearer graph-token", c.Authorization));
    }

    [Fact]
    public async Task PersonalChatFile_WithTranscriptCommand_DraftCardPostedThere()
    {
        await using TeamsHost host = await TeamsHost.StartAsync();
        host.Server.Files["weekly.vtt"] = TestTranscripts.Vtt();
        JsonObject message = FileMessage(host, "weekly.vtt");

        HttpResponseMessage response = await host.PostAsync(message, "Bearer " + host.Token());

        Assert.Contains("Reading weekly.vtt", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        string chat = message["conversation"]!["id"]!.GetValue<string>();
        RecordedCall posted = await host.Server.WaitForCallAsync(c => c.Path == "/v3/conversations/" + chat + "/activities" && c.Body.Contains("transcript accept M1", StringComparison.Ordinal), Wait);
        Assert.Contains("Send the budget to finance", posted.Body, StringComparison.Ordinal);
        Assert.Contains("00:0", posted.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PersonalChatFile_NotATranscriptType_ClearMessageNothingQueued()
    {
        await using TeamsHost host = await TeamsHost.StartAsync();

        HttpResponseMessage response = await host.PostAsync(FileMessage(host, "budget.pdf"), "Bearer " + host.Token());

        Assert.Contains("Only .vtt, .txt and .docx files", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Null(await host.Factory.Services.GetRequiredService<IMeetingStore>().GetAsync(Tenant, 1, CancellationToken.None));
    }

    private static JsonObject FileMessage(TeamsHost host, string name)
    {
        JsonObject message = TeamsActivities.Message(host.ServiceUrl, "/action transcript", FakeGraphServer.OrganizerId, expectReplies: true);
        message["attachments"] = new JsonArray(new JsonObject
        {
            ["contentType"] = "application/vnd.microsoft.teams.file.download.info",
            ["name"] = name,
            ["contentUrl"] = "https://contoso.sharepoint.com/personal/megan/Documents/" + name,
            ["content"] = new JsonObject { ["downloadUrl"] = host.Server.BaseUrl + "files/" + name, ["uniqueId"] = "1a2b", ["fileType"] = name[(name.LastIndexOf('.') + 1)..] },
        });
        return message;
    }

    private static async Task<TeamsHost> StartAsync(FakeGraphServer graph, IReadOnlyDictionary<string, string?>? extra = null)
    {
        Dictionary<string, string?> settings = graph.Settings();
        foreach ((string key, string? value) in extra ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        graph.TranscriptVtt = TestTranscripts.Vtt();
        TeamsHost host = await TeamsHost.StartAsync(extra: settings, services: graph.Trust);
        host.Server.Meetings[TeamsMeetingId] = new JsonObject
        {
            ["details"] = new JsonObject { ["msGraphResourceId"] = FakeGraphServer.MeetingId, ["title"] = "Weekly leadership sync" },
            ["organizer"] = new JsonObject { ["id"] = "29:organizer", ["objectId"] = FakeGraphServer.OrganizerId, ["name"] = "Megan Bowen" },
        };
        return host;
    }

    private static JsonObject MeetingEnd(string serviceUrl, string id = "event-1") => new()
    {
        ["type"] = "event",
        ["name"] = "application/vnd.microsoft.meetingEnd",
        ["id"] = id,
        ["channelId"] = "msteams",
        ["serviceUrl"] = serviceUrl,
        ["from"] = new JsonObject { ["id"] = "29:organizer", ["name"] = "Megan Bowen", ["aadObjectId"] = FakeGraphServer.OrganizerId },
        ["recipient"] = new JsonObject { ["id"] = TeamsActivities.BotId, ["name"] = "ActionTracker" },
        ["conversation"] = new JsonObject { ["id"] = MeetingChat, ["conversationType"] = "groupChat", ["tenantId"] = TeamsActivities.TenantId },
        ["channelData"] = new JsonObject
        {
            ["tenant"] = new JsonObject { ["id"] = TeamsActivities.TenantId },
            ["meeting"] = new JsonObject { ["id"] = TeamsMeetingId },
        },
        ["value"] = new JsonObject
        {
            ["Id"] = MeetingChat,
            ["MeetingType"] = "Scheduled",
            ["Title"] = "Weekly leadership sync",
            ["EndTime"] = "2026-11-23T10:00:00Z",
        },
    };

    private static Task<HttpResponseMessage> PostNotificationAsync(TeamsHost host, string clientState)
    {
        var body = new JsonObject
        {
            ["value"] = new JsonArray(new JsonObject
            {
                ["subscriptionId"] = "subscription-1",
                ["changeType"] = "created",
                ["clientState"] = clientState,
                ["tenantId"] = TeamsActivities.TenantId,
                ["resource"] = $"communications/onlineMeetings('{FakeGraphServer.MeetingId}')/transcripts('{FakeGraphServer.TranscriptId}')",
                ["resourceData"] = new JsonObject { ["id"] = FakeGraphServer.TranscriptId },
            }),
        };
        return host.Client.PostAsync(new Uri("/graph/notifications", UriKind.Relative), new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json"));
    }

    private static async Task<IReadOnlyList<ActionItem>> ItemsAsync(TeamsHost host) =>
        (await host.Factory.Services.GetRequiredService<IActionItemStore>().ListAsync(Tenant, ItemListFilter.All, null, 100, CancellationToken.None)).Items;
}
