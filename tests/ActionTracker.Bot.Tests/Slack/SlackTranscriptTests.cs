using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using ActionTracker.Bot.Tests.Transcripts;
using ActionTracker.Core.Decisions;
using ActionTracker.Core.Items;
using ActionTracker.Core.Meetings;
using ActionTracker.Core.Ports;
using Microsoft.Extensions.DependencyInjection;

namespace ActionTracker.Bot.Tests.Slack;

/// <summary>Transcripts through Slack's real endpoints: paste or file → queued extraction → review card → only accepted items stored.</summary>
public sealed partial class SlackTranscriptTests
{
    [Fact]
    public async Task Paste_AcceptTwoEditOneRejectOne_StoresExactlyThree()
    {
        await using SlackHarness slack = await SlackHarness.StartAsync();

        JsonObject ack = await SlackHarness.JsonAsync(await slack.PostCommandAsync("transcript " + TestTranscripts.Plain()));
        Assert.Contains("Reading the transcript", ack["text"]!.GetValue<string>(), StringComparison.Ordinal);
        JsonObject card = (await slack.Slack.WaitForAsync("chat.postMessage")).Json;
        Assert.Equal(SlackHarness.ChannelId, card["channel"]!.GetValue<string>());
        Assert.Empty(await slack.ItemsAsync());

        int budget = IndexOf(card, "Send the budget to finance");
        int venue = IndexOf(card, "Book the offsite venue");
        int contract = IndexOf(card, "Send the signed contract to legal");
        int roadmap = IndexOf(card, "Update the roadmap slides");
        await ClickAsync(slack, card, $"transcript accept M1 {budget}", "a1");
        await ClickAsync(slack, card, $"transcript accept M1 {venue}", "a2");
        await ClickAsync(slack, card, $"transcript reject M1 {roadmap}", "r1");
        await slack.PostPayloadAsync(SlackPayloads.BlockAction(slack.Slack.ResponseUrl("e1"), SlackPayloads.Button(Element(card, $"transcript edit M1 {contract}"))));
        JsonObject modal = (await slack.Slack.WaitForAsync("views.open")).Json["view"]!.AsObject();
        Assert.Equal("Send the signed contract to legal", modal["blocks"]![0]!["element"]!["initial_value"]!.GetValue<string>());
        HttpResponseMessage saved = await slack.PostPayloadAsync(SlackPayloads.ViewSubmission(
            "transcript_edit", modal["private_metadata"]!.GetValue<string>(), EditValues("Send the signed contract to legal and finance", "U0MARIA001", "2026-12-04")));

        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        IReadOnlyList<ActionItem> items = await slack.ItemsAsync();
        Assert.Equal(3, items.Count);
        Assert.Equal(
            ["Book the offsite venue", "Send the budget to finance", "Send the signed contract to legal and finance"],
            items.Select(i => i.Title).Order(StringComparer.Ordinal).ToArray());
        Assert.All(items, i =>
        {
            Assert.Equal(ItemSourceKind.Transcript, i.Source.Kind);
            Assert.Equal("M1", i.MeetingId);
            Assert.False(string.IsNullOrWhiteSpace(i.Source.Quote));
            Assert.InRange(i.Source.Confidence ?? -1, 0, 1);
        });
        ActionItem edited = items.Single(i => i.Title.EndsWith("and finance", StringComparison.Ordinal));
        Assert.Equal("U0MARIA001", edited.Owner?.Id);
        Assert.Equal(ItemStatus.Proposed, edited.Status);
        Assert.Contains(slack.Slack.CallsTo("conversations.open"), c => c.Body.Contains("U0MARIA001", StringComparison.Ordinal));
        Assert.Contains("Not answered yet", slack.Slack.CallsTo("/response/e1").Single().Body, StringComparison.Ordinal);
        Decision decision = Assert.Single((await slack.Factory.Services.GetRequiredService<IDecisionStore>().ListAsync(SlackHarness.Tenant, null, null, 10, CancellationToken.None)).Items);
        Assert.Equal("M1", decision.MeetingId);
        MeetingDraft draft = (await slack.Factory.Services.GetRequiredService<IMeetingStore>().GetAsync(SlackHarness.Tenant, 1, CancellationToken.None))!;
        Assert.Equal(DraftReviewState.Rejected, draft.Items.Single(i => i.Index == roadmap).State);
        Assert.Equal(DraftReviewState.Edited, draft.Items.Single(i => i.Index == contract).State);
    }

    [Fact]
    public async Task SameTranscriptTwice_ReusesDraft_NoDuplicateItems()
    {
        await using SlackHarness slack = await SlackHarness.StartAsync();
        await slack.PostCommandAsync("transcript " + TestTranscripts.Plain());
        JsonObject first = (await slack.Slack.WaitForAsync("chat.postMessage")).Json;
        int budget = IndexOf(first, "Send the budget to finance");
        await ClickAsync(slack, first, $"transcript accept M1 {budget}", "a1");

        await slack.PostCommandAsync("transcript " + TestTranscripts.Plain());
        JsonObject second = (await slack.Slack.WaitForAsync("chat.postMessage", 2)).Json;
        await ClickAsync(slack, first, $"transcript accept M1 {budget}", "a2");
        await ClickAsync(slack, second, "transcript accept M1 all", "all");
        await ClickAsync(slack, second, "transcript accept M1 all", "again");

        Assert.Contains("read before as M1", second["text"]!.GetValue<string>(), StringComparison.Ordinal);
        IReadOnlyList<ActionItem> items = await slack.ItemsAsync();
        Assert.Equal(4, items.Count);
        Assert.Equal(4, items.Select(i => i.Title).Distinct(StringComparer.Ordinal).Count());
        Assert.Null(await slack.Factory.Services.GetRequiredService<IMeetingStore>().GetAsync(SlackHarness.Tenant, 2, CancellationToken.None));
        Assert.Single((await slack.Factory.Services.GetRequiredService<IDecisionStore>().ListAsync(SlackHarness.Tenant, null, null, 10, CancellationToken.None)).Items);
    }

    [Fact]
    public async Task TranscriptWithoutText_OpensPasteModal_EmptySubmissionRefused()
    {
        await using SlackHarness slack = await SlackHarness.StartAsync();

        HttpResponseMessage opened = await slack.PostCommandAsync("transcript");
        JsonObject modal = (await slack.Slack.WaitForAsync("views.open")).Json["view"]!.AsObject();
        JsonObject empty = await SlackHarness.JsonAsync(await slack.PostPayloadAsync(SlackPayloads.ViewSubmission(
            "transcript_paste", modal["private_metadata"]!.GetValue<string>(), PasteValues("   "))));
        JsonObject unreadable = await SlackHarness.JsonAsync(await slack.PostPayloadAsync(SlackPayloads.ViewSubmission(
            "transcript_paste", modal["private_metadata"]!.GetValue<string>(), PasteValues("\n\n"))));

        Assert.Equal(HttpStatusCode.OK, opened.StatusCode);
        Assert.Equal("transcript_paste", modal["callback_id"]!.GetValue<string>());
        Assert.Equal("Paste the transcript.", empty["errors"]!["transcript"]!.GetValue<string>());
        Assert.Equal("errors", unreadable["response_action"]!.GetValue<string>());
        await AssertNothingStoredAsync(slack);
    }

    [Fact]
    public async Task PasteSubmitted_StartsExtraction_CardPosted()
    {
        await using SlackHarness slack = await SlackHarness.StartAsync();
        Dictionary<string, string> command = SlackHarness.Command("transcript");
        command["response_url"] = slack.Slack.ResponseUrl("paste");
        await slack.PostSignedAsync("/slack/commands", SlackHarness.Form(command), "application/x-www-form-urlencoded");
        JsonObject modal = (await slack.Slack.WaitForAsync("views.open")).Json["view"]!.AsObject();
        string text = string.Join('\n', TestTranscripts.Commitments.Take(2).Select(c => c.Speaker + ": " + c.Text));

        HttpResponseMessage submitted = await slack.PostPayloadAsync(SlackPayloads.ViewSubmission(
            "transcript_paste", modal["private_metadata"]!.GetValue<string>(), PasteValues(text)));

        Assert.Equal(string.Empty, await submitted.Content.ReadAsStringAsync());
        JsonObject card = (await slack.Slack.WaitForAsync("chat.postMessage")).Json;
        Assert.True(IndexOf(card, "Send the budget to finance") > 0);
        Assert.Contains("Reading the transcript", Assert.Single(slack.Slack.CallsTo("/response/paste")).Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OversizedPaste_ClearMessage_NothingStored()
    {
        await using SlackHarness slack = await SlackHarness.StartAsync();

        JsonObject answer = await SlackHarness.JsonAsync(await slack.PostCommandAsync("transcript Megan: " + new string('a', 400_001)));

        Assert.Contains("paste at most 400,000", answer["text"]!.GetValue<string>(), StringComparison.Ordinal);
        await AssertNothingStoredAsync(slack);
    }

    [Fact]
    public async Task SharedVttFileInDm_DownloadedWithBotToken_CardPostedThere()
    {
        await using SlackHarness slack = await SlackHarness.StartAsync();
        slack.Slack.Answers["files.info"] = FileInfo("weekly.vtt", slack.Slack.BaseUrl + "files/weekly.vtt");
        slack.Slack.Answers["/files/weekly.vtt"] = TestTranscripts.Vtt();

        await slack.PostEventAsync(SlackPayloads.Event("EvFile1", FileShared("F0VTT0001")));

        RecordedCall posted = await slack.Slack.WaitForAsync("chat.postMessage");
        Assert.Equal("D0DM00001", posted.Json["channel"]!.GetValue<string>());
        Assert.True(IndexOf(posted.Json, "Send the budget to finance") > 0);
        Assert.Contains("00:", posted.Body, StringComparison.Ordinal);
        RecordedCall download = Assert.Single(slack.Slack.CallsTo("/files/weekly.vtt"));
        Assert.Equal("Bearer xoxb-configured", download.Authorization);
    }

    [Fact]
    public async Task SharedUnreadableDocx_ClearMessage_NothingStored()
    {
        await using SlackHarness slack = await SlackHarness.StartAsync();
        slack.Slack.Answers["files.info"] = FileInfo("notes.docx", slack.Slack.BaseUrl + "files/notes.docx");
        slack.Slack.Answers["/files/notes.docx"] = "PK this is not a word document";

        await slack.PostEventAsync(SlackPayloads.Event("EvFile2", FileShared("F0DOCX001")));

        RecordedCall posted = await slack.Slack.WaitForAsync("chat.postMessage");
        Assert.Equal("D0DM00001", posted.Json["channel"]!.GetValue<string>());
        Assert.Contains("couldn't make a draft", posted.Json["text"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains(".docx", posted.Json["text"]!.GetValue<string>(), StringComparison.Ordinal);
        await AssertNothingStoredAsync(slack);
    }

    internal static int IndexOf(JsonObject card, string title)
    {
        foreach (JsonNode? block in card["blocks"]!.AsArray())
        {
            string? text = block?["text"]?["text"]?.GetValue<string>();
            if (text is not null && ItemHeading().Match(text) is { Success: true } match && match.Groups["title"].Value == title)
            {
                return int.Parse(match.Groups["index"].Value, System.Globalization.CultureInfo.InvariantCulture);
            }
        }

        throw new Xunit.Sdk.XunitException($"No item “{title}” on the card: {card.ToJsonString()}");
    }

    private static JsonObject Element(JsonObject card, string command) => card["blocks"]!.AsArray()
        .Where(b => b!["type"]!.GetValue<string>() == "actions")
        .SelectMany(b => b!["elements"]!.AsArray())
        .Select(e => e!.AsObject())
        .First(e => e["value"] is { } value && JsonNode.Parse(value.GetValue<string>())!["command"]!.GetValue<string>() == command);

    private static async Task ClickAsync(SlackHarness slack, JsonObject card, string command, string responseName)
    {
        HttpResponseMessage response = await slack.PostPayloadAsync(SlackPayloads.BlockAction(slack.Slack.ResponseUrl(responseName), SlackPayloads.Button(Element(card, command))));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(slack.Slack.CallsTo("/response/" + responseName));
    }

    private static async Task AssertNothingStoredAsync(SlackHarness slack)
    {
        Assert.Empty(await slack.ItemsAsync());
        Assert.Null(await slack.Factory.Services.GetRequiredService<IMeetingStore>().GetAsync(SlackHarness.Tenant, 1, CancellationToken.None));
        Assert.Empty((await slack.Factory.Services.GetRequiredService<IDecisionStore>().ListAsync(SlackHarness.Tenant, null, null, 10, CancellationToken.None)).Items);
    }

    private static JsonObject EditValues(string title, string owner, string due) => new()
    {
        ["title"] = new JsonObject { ["value"] = new JsonObject { ["type"] = "plain_text_input", ["value"] = title } },
        ["owner"] = new JsonObject { ["value"] = new JsonObject { ["type"] = "users_select", ["selected_user"] = owner } },
        ["due"] = new JsonObject { ["value"] = new JsonObject { ["type"] = "datepicker", ["selected_date"] = due } },
    };

    private static JsonObject PasteValues(string text) => new()
    {
        ["transcript"] = new JsonObject { ["value"] = new JsonObject { ["type"] = "plain_text_input", ["value"] = text } },
    };

    private static string FileInfo(string name, string url) =>
        new JsonObject { ["ok"] = true, ["file"] = new JsonObject { ["id"] = "F1", ["name"] = name, ["size"] = 2000, ["url_private_download"] = url } }.ToJsonString();

    private static JsonObject FileShared(string fileId) => new()
    {
        ["type"] = "file_shared",
        ["file_id"] = fileId,
        ["user_id"] = SlackHarness.UserId,
        ["channel_id"] = "D0DM00001",
        ["file"] = new JsonObject { ["id"] = fileId },
        ["event_ts"] = "1767225600.000100",
    };

    [GeneratedRegex(@"^\*(?<index>\d+)\. (?<title>[^*]+)\*")]
    private static partial Regex ItemHeading();
}
