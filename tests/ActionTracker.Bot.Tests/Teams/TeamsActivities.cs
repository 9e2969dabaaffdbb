using System.Text.Json.Nodes;

namespace ActionTracker.Bot.Tests.Teams;

/// <summary>Activity payloads shaped like Teams sends them (PROTOCOLS §8.1/8.2).</summary>
internal static class TeamsActivities
{
    public const string TenantId = "6a1d3f8e-1111-4c2b-9a77-0d7e0e5c1a10";
    public const string BotId = "28:11111111-2222-3333-4444-555555555555";

    public static JsonObject Message(string serviceUrl, string text, string userAad, string conversationType = "personal", string? conversationId = null, bool expectReplies = false)
    {
        var activity = new JsonObject
        {
            ["type"] = "message",
            ["id"] = Guid.NewGuid().ToString("N"),
            ["channelId"] = "msteams",
            ["serviceUrl"] = serviceUrl,
            ["localTimezone"] = "Europe/Berlin",
            ["from"] = new JsonObject { ["id"] = "29:" + userAad, ["name"] = "Megan Bowen", ["aadObjectId"] = userAad },
            ["recipient"] = new JsonObject { ["id"] = BotId, ["name"] = "ActionTracker" },
            ["conversation"] = new JsonObject
            {
                ["id"] = conversationId ?? (conversationType == "personal" ? "a:personal-" + userAad : "19:team-channel@thread.tacv2"),
                ["conversationType"] = conversationType,
                ["tenantId"] = TenantId,
            },
            ["text"] = text,
            ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = TenantId } },
            ["locale"] = "en-GB",
        };
        if (expectReplies)
        {
            activity["deliveryMode"] = "expectReplies";
        }

        return activity;
    }

    public static JsonObject CardAction(string serviceUrl, string userAad, JsonObject data)
    {
        JsonObject activity = Message(serviceUrl, string.Empty, userAad);
        activity["type"] = "invoke";
        activity["name"] = "adaptiveCard/action";
        activity.Remove("text");
        activity["value"] = new JsonObject
        {
            ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = "done", ["data"] = data },
            ["trigger"] = "manual",
        };
        return activity;
    }

    public static JsonObject Install(string serviceUrl, string userAad)
    {
        JsonObject activity = Message(serviceUrl, string.Empty, userAad);
        activity["type"] = "installationUpdate";
        activity["action"] = "add";
        activity.Remove("text");
        return activity;
    }

    public static JsonObject Uninstall(string serviceUrl, string userAad)
    {
        JsonObject activity = Install(serviceUrl, userAad);
        activity["action"] = "remove";
        activity["deliveryMode"] = "expectReplies";
        return activity;
    }

    /// <summary>The bot added to (or removed from) a team: the event arrives in the team's General channel.</summary>
    public static JsonObject TeamMembership(string serviceUrl, string userAad, string teamId, bool added)
    {
        JsonObject activity = Message(serviceUrl, string.Empty, userAad, conversationType: "channel", conversationId: teamId, expectReplies: true);
        activity["type"] = "conversationUpdate";
        activity.Remove("text");
        activity[added ? "membersAdded" : "membersRemoved"] = new JsonArray(new JsonObject { ["id"] = BotId });
        activity["channelData"]!["team"] = new JsonObject { ["id"] = teamId };
        return activity;
    }

    public static JsonObject MessageAction(string serviceUrl, string userAad, string name, JsonObject value)
    {
        JsonObject activity = Message(serviceUrl, string.Empty, userAad, conversationType: "channel");
        activity["type"] = "invoke";
        activity["name"] = name;
        activity.Remove("text");
        activity["value"] = value;
        return activity;
    }
}
