using System.Net;
using System.Text.Json.Nodes;

namespace ActionTracker.Bot.Tests.Teams;

/// <summary>Card clicks over HTTP: run once per activity id, the card updated in place for everyone, refresh on view.</summary>
public sealed class TeamsCardActionTests : IAsyncLifetime
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(15);

    private TeamsHost _host = null!;

    public async Task InitializeAsync() => _host = await TeamsHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Done_UpdatesTheCardMessageInPlaceForEveryone()
    {
        string user = Guid.NewGuid().ToString();
        long item = await AddAsync(user, "Ship the release");
        JsonObject click = TeamsActivities.CardAction(_host.ServiceUrl, user, new JsonObject { ["command"] = "done #" + item, ["item"] = item });
        click["replyToId"] = "card-message-" + item;

        JsonObject answer = await InvokeAsync(click);

        Assert.Equal("Done", Status(answer["value"]!));
        RecordedCall put = await _host.Server.WaitForCallAsync(
            c => c.Method == "PUT" && c.Path == $"/v3/conversations/a:personal-{user}/activities/card-message-{item}", Wait);
        JsonNode sent = JsonNode.Parse(put.Body)!;
        Assert.Equal("card-message-" + item, (string?)sent["id"]);
        JsonNode card = sent["attachments"]![0]!["content"]!;
        Assert.Equal("Done", Status(card));
        Assert.Equal("refresh", (string?)card["refresh"]!["action"]!["verb"]);
        Assert.DoesNotContain("null", put.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RedeliveredInvoke_SameActivityId_RunsTheCommandOnce()
    {
        string user = Guid.NewGuid().ToString();
        long item = await AddAsync(user, "Call the vendor");
        JsonObject click = TeamsActivities.CardAction(_host.ServiceUrl, user, new JsonObject { ["command"] = "note #" + item + " Left a voicemail", ["item"] = item });
        click["id"] = "f:" + Guid.NewGuid();
        click["replyToId"] = "card-" + Guid.NewGuid().ToString("N");

        JsonObject first = await InvokeAsync(click);
        int afterFirst = Count(await ShowWithHistoryAsync(user, item), "Left a voicemail");
        JsonObject second = await InvokeAsync(click);
        int afterSecond = Count(await ShowWithHistoryAsync(user, item), "Left a voicemail");

        Assert.Equal(200, (int)second["statusCode"]!);
        Assert.Equal(Status(first["value"]!), Status(second["value"]!));
        Assert.True(afterFirst > 0);
        Assert.Equal(afterFirst, afterSecond);
        await _host.Server.WaitForCallAsync(c => c.Method == "PUT" && c.Path.EndsWith((string)click["replyToId"]!, StringComparison.Ordinal), Wait);
        await Task.Delay(500);
        Assert.Single(_host.Server.Calls, c => c.Method == "PUT" && c.Path.EndsWith((string)click["replyToId"]!, StringComparison.Ordinal));
    }

    [Fact]
    public async Task RefreshOnView_ReturnsTheCurrentStateWithoutUpdatingTheMessage()
    {
        string user = Guid.NewGuid().ToString();
        long item = await AddAsync(user, "Book the room");
        await InvokeAsync(TeamsActivities.CardAction(_host.ServiceUrl, user, new JsonObject { ["command"] = "start #" + item, ["item"] = item }));
        JsonObject refresh = TeamsActivities.CardAction(_host.ServiceUrl, user, new JsonObject { ["command"] = "show #" + item, ["item"] = item });
        refresh["value"]!["action"]!["verb"] = "refresh";
        refresh["value"]!["trigger"] = "automatic";
        refresh["replyToId"] = "viewed-card";

        JsonObject answer = await InvokeAsync(refresh);

        Assert.Equal("In progress", Status(answer["value"]!));
        await Task.Delay(500);
        Assert.DoesNotContain(_host.Server.Calls, c => c.Path.Contains("viewed-card", StringComparison.Ordinal));
    }

    [Fact]
    public async Task MessageActionSubmit_Redelivered_CreatesOneItem()
    {
        string user = Guid.NewGuid().ToString();
        var submit = new JsonObject { ["commandId"] = "createActionItem", ["data"] = new JsonObject { ["title"] = "Order one projector", ["command"] = "create" } };
        JsonObject activity = TeamsActivities.MessageAction(_host.ServiceUrl, user, "composeExtension/submitAction", submit);
        activity["id"] = "f:" + Guid.NewGuid();

        using HttpResponseMessage first = await _host.PostAsync(activity, "Bearer " + _host.Token());
        using HttpResponseMessage second = await _host.PostAsync(activity, "Bearer " + _host.Token());

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Contains("already created", await second.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        JsonObject list = await ExpectRepliesAsync(TeamsActivities.Message(_host.ServiceUrl, "list mine", user, expectReplies: true));
        Assert.Equal(1, Count(list.ToJsonString(), "Order one projector"));
    }

    private async Task<long> AddAsync(string user, string title)
    {
        JsonObject reply = await ExpectRepliesAsync(TeamsActivities.Message(_host.ServiceUrl, "add " + title, user, expectReplies: true));
        JsonNode card = reply["activities"]![0]!["attachments"]![0]!["content"]!;
        return (long)card["refresh"]!["action"]!["data"]!["item"]!;
    }

    private async Task<string> ShowWithHistoryAsync(string user, long item)
    {
        JsonObject reply = await ExpectRepliesAsync(TeamsActivities.Message(_host.ServiceUrl, "show #" + item, user, expectReplies: true));
        return reply.ToJsonString();
    }

    private async Task<JsonObject> InvokeAsync(JsonObject activity)
    {
        using HttpResponseMessage response = await _host.PostAsync(activity, "Bearer " + _host.Token());
        string text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, text);
        return JsonNode.Parse(text)!.AsObject();
    }

    private async Task<JsonObject> ExpectRepliesAsync(JsonObject activity)
    {
        using HttpResponseMessage response = await _host.PostAsync(activity, "Bearer " + _host.Token());
        string text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, text);
        return JsonNode.Parse(text)!.AsObject();
    }

    private static string? Status(JsonNode card) =>
        (string?)card["body"]!.AsArray().First(e => (string?)e!["type"] == "FactSet")!["facts"]!.AsArray()
            .First(f => (string?)f!["title"] == "Status")!["value"];

    private static int Count(string text, string part)
    {
        int count = 0;
        for (int at = text.IndexOf(part, StringComparison.Ordinal); at >= 0; at = text.IndexOf(part, at + part.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
