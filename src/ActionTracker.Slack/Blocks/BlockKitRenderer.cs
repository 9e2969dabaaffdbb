using System.Text.Json.Nodes;
using ActionTracker.Core.Execution;
using ActionTracker.Core.Views;

namespace ActionTracker.Slack.Blocks;

/// <summary>Pure functions from Core results to Block Kit payloads (messages, App Home), always within Slack's limits.</summary>
public static class BlockKitRenderer
{
    /// <summary>A message body: <c>text</c> (fallback and notifications) plus <c>blocks</c>, at most 50.</summary>
    public static JsonObject Message(CommandResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return new JsonObject
        {
            ["text"] = Mrkdwn.Truncate(Mrkdwn.Escape(result.Text), BlockLimits.FallbackText),
            ["blocks"] = Blocks(result.Views, BlockLimits.MessageBlocks),
        };
    }

    /// <summary>The reply to a slash command or response_url post.</summary>
    public static JsonObject CommandResponse(CommandResult result, bool replaceOriginal = false)
    {
        JsonObject message = Message(result);
        message["response_type"] = result.Visibility == ResponseVisibility.Conversation ? "in_channel" : "ephemeral";
        if (replaceOriginal)
        {
            message["replace_original"] = true;
        }

        return message;
    }

    /// <summary>A plain ephemeral text answer (install link, "try again").</summary>
    public static JsonObject Ephemeral(string mrkdwn) => new()
    {
        ["response_type"] = "ephemeral",
        ["text"] = Mrkdwn.Truncate(mrkdwn, BlockLimits.FallbackText),
    };

    /// <summary>The App Home tab: a heading and the given results' views, at most 100 blocks.</summary>
    public static JsonObject Home(string heading, IReadOnlyList<CommandResult> sections)
    {
        ArgumentNullException.ThrowIfNull(sections);
        var views = sections.SelectMany(s => s.Views).ToList();
        JsonArray blocks = Blocks(views, BlockLimits.SurfaceBlocks - 1);
        blocks.Insert(0, Block.Section("*" + Mrkdwn.Escape(heading) + "*"));
        return new JsonObject { ["type"] = "home", ["blocks"] = blocks };
    }

    private static JsonArray Blocks(IReadOnlyList<ChatView> views, int max)
    {
        var blocks = new List<JsonObject>();
        for (int i = 0; i < views.Count; i++)
        {
            if (i > 0 && views[i] is ItemCardView && views[i - 1] is ItemCardView)
            {
                blocks.Add(Block.Divider());
            }

            blocks.AddRange(ViewBlocks.Render(views[i], ViewBlocks.Scope(i)));
        }

        if (blocks.Count > max)
        {
            // Keep the first blocks and say what was left out rather than have Slack refuse the whole message.
            blocks = blocks.Take(max - 1).ToList();
            blocks.Add(Block.Context(["Some of the answer was left out to fit in one message."]));
        }

        var array = new JsonArray();
        foreach (JsonObject block in blocks)
        {
            array.Add(block);
        }

        return array;
    }
}
