using System.Text.Json;
using ActionTracker.Core.Dates;
using ActionTracker.Core.Execution;
using ActionTracker.Teams.Handlers;
using ActionTracker.Teams.Protocol;

namespace ActionTracker.Teams.Tests.Handlers;

public sealed class ActivityMapperTests
{
    // PROTOCOLS §8.1, plus a second mention of a person.
    private const string ChannelMessage = """
        {
          "type": "message", "id": "1767225601234", "channelId": "msteams",
          "localTimeZone": "Asia/Tokyo",
          "serviceUrl": "https://smba.trafficmanager.net/apac/6a1d3f8e-1111-4c2b-9a77-0d7e0e5c1a10/",
          "from": { "id": "29:1mB7x0pQ", "name": "Megan Bowen", "aadObjectId": "0f6a9c1e-2b3d-4e5f-8a9b-1c2d3e4f5a6b" },
          "recipient": { "id": "28:11111111-2222-3333-4444-555555555555", "name": "MeetBot" },
          "conversation": { "isGroup": true, "conversationType": "channel", "tenantId": "conversation-tenant",
                            "id": "19:3b0e@thread.tacv2;messageid=1767225601234" },
          "text": "<at>MeetBot</at> add Review &amp; sign the plan for <at>Alex Wilber</at>&nbsp;by Friday",
          "entities": [
            { "type": "mention", "text": "<at>MeetBot</at>", "mentioned": { "id": "28:11111111-2222-3333-4444-555555555555", "name": "MeetBot" } },
            { "type": "mention", "text": "<at>Alex Wilber</at>", "mentioned": { "id": "29:alex", "name": "Alex Wilber" } },
            { "type": "clientInfo", "locale": "en-US", "country": "US", "platform": "Web", "timezone": "Asia/Tokyo" },
            { "type": "somethingNew", "whatever": [1, 2] }
          ],
          "channelData": { "tenant": { "id": "6a1d3f8e-1111-4c2b-9a77-0d7e0e5c1a10" }, "unknown": true },
          "locale": "en-US"
        }
        """;

    [Fact]
    public void CommandText_ChannelMessage_StripsBotMentionAndRewritesOthers()
    {
        Activity activity = Parse(ChannelMessage);

        (string text, IReadOnlyDictionary<string, string> names, bool hadPrefix) = ActivityMapper.CommandText(activity);

        Assert.Equal("add Review & sign the plan for <@29:alex> by Friday", text);
        Assert.Equal("Alex Wilber", names["29:alex"]);
        Assert.False(hadPrefix);
    }

    [Fact]
    public void Context_ChannelMessage_UsesChannelDataTenantAndEntraId()
    {
        Activity activity = Parse(ChannelMessage);
        (_, IReadOnlyDictionary<string, string> names, bool hadPrefix) = ActivityMapper.CommandText(activity);

        CommandContext context = ActivityMapper.Context(activity, names, hadPrefix)!;

        Assert.Equal("teams:6a1d3f8e-1111-4c2b-9a77-0d7e0e5c1a10", context.Tenant.Value);
        Assert.Equal("0f6a9c1e-2b3d-4e5f-8a9b-1c2d3e4f5a6b", context.Requester.Id);
        Assert.Equal(ConversationKind.Channel, context.ConversationKind);
        Assert.Equal("Asia/Tokyo", context.RequesterTimeZoneId);
        Assert.Equal(DayMonthOrder.MonthFirst, context.DateOrder);
        Assert.True(context.IsExplicitCommand);
    }

    [Theory]
    [InlineData("/action list mine", "list mine", true)]
    [InlineData("/ACTION   done #4", "done #4", true)]
    [InlineData("/actions are fun", "/actions are fun", false)]
    [InlineData("list mine", "list mine", false)]
    [InlineData("", "", false)]
    [InlineData("add 😀 \"quoted\" <b>", "add 😀 \"quoted\" <b>", false)]
    public void CommandText_PersonalChat_StripsOptionalPrefix(string typed, string expected, bool prefix)
    {
        var activity = new Activity { Type = "message", Text = typed };

        (string text, _, bool hadPrefix) = ActivityMapper.CommandText(activity);

        Assert.Equal(expected, text);
        Assert.Equal(prefix, hadPrefix);
    }

    [Theory]
    [InlineData("en-US", DayMonthOrder.MonthFirst)]
    [InlineData("en-GB", DayMonthOrder.DayFirst)]
    [InlineData("de-DE", DayMonthOrder.DayFirst)]
    [InlineData("ja-JP", DayMonthOrder.MonthFirst)]
    [InlineData("xx-not-a-locale", DayMonthOrder.Unknown)]
    [InlineData(null, DayMonthOrder.Unknown)]
    public void DateOrder_FromLocale(string? locale, DayMonthOrder expected) =>
        Assert.Equal(expected, ActivityMapper.DateOrder(locale));

    [Fact]
    public void Context_PersonalWithoutPrefix_IsNotExplicit()
    {
        var activity = new Activity
        {
            Type = "message",
            From = new ChannelAccount { Id = "29:x", Name = "X" },
            Conversation = new ConversationAccount { Id = "a:1", ConversationType = "personal", TenantId = "t1" },
        };

        CommandContext context = ActivityMapper.Context(activity, new Dictionary<string, string>(), hadPrefix: false)!;

        Assert.Equal("teams:t1", context.Tenant.Value);
        Assert.Equal("29:x", context.Requester.Id);
        Assert.False(context.IsExplicitCommand);
        Assert.Equal(DayMonthOrder.Unknown, context.DateOrder);
    }

    [Fact]
    public void Context_NoTenant_IsNull() =>
        Assert.Null(ActivityMapper.Context(new Activity { Type = "message", From = new ChannelAccount { Id = "29:x" }, Conversation = new ConversationAccount { Id = "a:1" } }, new Dictionary<string, string>(), false));

    private static Activity Parse(string json) => JsonSerializer.Deserialize(json, TeamsJsonContext.Default.Activity)!;
}
