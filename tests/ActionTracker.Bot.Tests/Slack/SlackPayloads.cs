using System.Text.Json.Nodes;

namespace ActionTracker.Bot.Tests.Slack;

/// <summary>Interactivity and event bodies shaped like Slack's (PROTOCOLS §8.4/§8.5).</summary>
internal static class SlackPayloads
{
    public static JsonObject BlockAction(string responseUrl, JsonObject action) => new()
    {
        ["type"] = "block_actions",
        ["user"] = new JsonObject { ["id"] = SlackHarness.UserId, ["username"] = "megan", ["team_id"] = SlackHarness.TeamId },
        ["api_app_id"] = SlackHarness.AppId,
        ["container"] = new JsonObject { ["type"] = "message", ["message_ts"] = "1767225500.000200", ["channel_id"] = SlackHarness.ChannelId },
        ["trigger_id"] = "1234567890124.1234567890.fedcba",
        ["team"] = new JsonObject { ["id"] = SlackHarness.TeamId, ["domain"] = "contoso" },
        ["enterprise"] = null,
        ["is_enterprise_install"] = false,
        ["channel"] = new JsonObject { ["id"] = SlackHarness.ChannelId, ["name"] = "eng-standup" },
        ["response_url"] = responseUrl,
        ["actions"] = new JsonArray(action),
    };

    public static JsonObject Button(JsonObject renderedButton) => new()
    {
        ["action_id"] = renderedButton["action_id"]!.GetValue<string>(),
        ["block_id"] = "b1",
        ["type"] = "button",
        ["value"] = renderedButton["value"]!.GetValue<string>(),
        ["action_ts"] = "1767225601.123456",
    };

    public static JsonObject ViewSubmission(string callbackId, string privateMetadata, JsonObject values) => new()
    {
        ["type"] = "view_submission",
        ["user"] = new JsonObject { ["id"] = SlackHarness.UserId, ["username"] = "megan", ["team_id"] = SlackHarness.TeamId },
        ["api_app_id"] = SlackHarness.AppId,
        ["team"] = new JsonObject { ["id"] = SlackHarness.TeamId, ["domain"] = "contoso" },
        ["trigger_id"] = "1.2.3",
        ["view"] = new JsonObject
        {
            ["id"] = "V1",
            ["callback_id"] = callbackId,
            ["private_metadata"] = privateMetadata,
            ["state"] = new JsonObject { ["values"] = values },
        },
    };

    public static JsonObject Values(string? title, string? due = null, string? owner = null, string? goal = null)
    {
        var values = new JsonObject
        {
            ["title"] = new JsonObject { ["value"] = new JsonObject { ["type"] = "plain_text_input", ["value"] = title } },
            ["due"] = new JsonObject { ["value"] = new JsonObject { ["type"] = "plain_text_input", ["value"] = due } },
        };
        if (owner is not null)
        {
            values["owner"] = new JsonObject { ["value"] = new JsonObject { ["type"] = "users_select", ["selected_user"] = owner } };
        }

        if (goal is not null)
        {
            values["goal"] = new JsonObject { ["value"] = new JsonObject { ["type"] = "plain_text_input", ["value"] = goal } };
        }

        return values;
    }

    public static JsonObject Event(string eventId, JsonObject evt) => new()
    {
        ["token"] = "legacy",
        ["team_id"] = SlackHarness.TeamId,
        ["api_app_id"] = SlackHarness.AppId,
        ["event"] = evt,
        ["type"] = "event_callback",
        ["event_id"] = eventId,
        ["event_time"] = 1767225600,
        ["authorizations"] = new JsonArray(new JsonObject { ["team_id"] = SlackHarness.TeamId, ["user_id"] = "UBOT00001", ["is_bot"] = true, ["is_enterprise_install"] = false }),
    };
}
