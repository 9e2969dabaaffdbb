using System.Text.Json;
using System.Text.Json.Nodes;
using ActionTracker.Slack.Protocol;

namespace ActionTracker.Slack.Blocks;

/// <summary>The edit and create modals. Inputs use block ids <see cref="TitleBlock"/>, <see cref="DueBlock"/>, <see cref="OwnerBlock"/>, each with action id <see cref="ValueAction"/>.</summary>
public static class ModalBuilder
{
    public const string EditCallback = "edit_item";
    public const string CreateCallback = "create_item";
    public const string DevelopmentCallback = "add_development";
    public const string TitleBlock = "title";
    public const string DueBlock = "due";
    public const string OwnerBlock = "owner";
    public const string GoalBlock = "goal";
    public const string ValueAction = "value";
    public const int MaxTitle = 500;

    public static JsonObject Edit(ModalMetadata metadata, string heading, string? currentTitle) =>
        Modal(EditCallback, heading, "Save", metadata, [TitleInput(currentTitle), DueInput(), GoalInput()]);

    /// <summary>A development item agreed in a review; the metadata's command names the person and the period.</summary>
    public static JsonObject Development(ModalMetadata metadata) =>
        Modal(DevelopmentCallback, "Development item", "Add", metadata, [TitleInput(null), DueInput()]);

    public static JsonObject Create(ModalMetadata metadata, string? text, string? authorId)
    {
        var owner = new JsonObject
        {
            ["type"] = "users_select",
            ["action_id"] = ValueAction,
            ["placeholder"] = Block.PlainText("Who owns it?", 150),
        };
        if (authorId is { Length: > 0 })
        {
            owner["initial_user"] = authorId;
        }

        JsonObject ownerBlock = Input(OwnerBlock, "Owner", owner, optional: true);
        return Modal(CreateCallback, "New action item", "Create", metadata, [TitleInput(text), ownerBlock, DueInput(), GoalInput()]);
    }

    private static JsonObject Modal(string callbackId, string title, string submit, ModalMetadata metadata, JsonObject[] blocks)
    {
        string privateMetadata = JsonSerializer.Serialize(metadata, SlackJsonContext.Default.ModalMetadata);
        if (privateMetadata.Length > BlockLimits.PrivateMetadata)
        {
            // A response_url is the only long part; without it the result goes out as an ephemeral message instead.
            privateMetadata = JsonSerializer.Serialize(metadata with { ResponseUrl = null }, SlackJsonContext.Default.ModalMetadata);
        }

        var array = new JsonArray();
        foreach (JsonObject block in blocks)
        {
            array.Add(block);
        }

        return new JsonObject
        {
            ["type"] = "modal",
            ["callback_id"] = callbackId,
            ["title"] = Block.PlainText(title, BlockLimits.ModalTitle),
            ["submit"] = Block.PlainText(submit, BlockLimits.ModalTitle),
            ["close"] = Block.PlainText("Cancel", BlockLimits.ModalTitle),
            ["private_metadata"] = privateMetadata,
            ["blocks"] = array,
        };
    }

    private static JsonObject TitleInput(string? initial)
    {
        var element = new JsonObject
        {
            ["type"] = "plain_text_input",
            ["action_id"] = ValueAction,
            ["multiline"] = false,
        };
        if (initial is { Length: > 0 })
        {
            element["initial_value"] = initial.Length <= MaxTitle ? initial : Mrkdwn.Truncate(initial, MaxTitle);
        }

        return Input(TitleBlock, "Title", element, optional: false);
    }

    private static JsonObject DueInput() => Input(
        DueBlock,
        "Due",
        new JsonObject
        {
            ["type"] = "plain_text_input",
            ["action_id"] = ValueAction,
            ["placeholder"] = Block.PlainText("e.g. friday, 2026-12-01, next week", 150),
        },
        optional: true);

    private static JsonObject GoalInput() => Input(
        GoalBlock,
        "Goal",
        new JsonObject
        {
            ["type"] = "plain_text_input",
            ["action_id"] = ValueAction,
            ["placeholder"] = Block.PlainText("e.g. G7 or milestone G7.2", 150),
        },
        optional: true);

    private static JsonObject Input(string blockId, string label, JsonObject element, bool optional) => new()
    {
        ["type"] = "input",
        ["block_id"] = blockId,
        ["label"] = Block.PlainText(label, 2000),
        ["optional"] = optional,
        ["element"] = element,
    };
}
