using System.Text.Json;
using System.Text.Json.Nodes;
using ActionTracker.Core.Views;
using ActionTracker.Slack.Protocol;

namespace ActionTracker.Slack.Blocks;

/// <summary>The "paste a transcript" modal and the modal that edits one draft item (title, owner, due) on a review card.</summary>
public static class TranscriptModals
{
    public const string PasteCallback = "transcript_paste";
    public const string EditCallback = "transcript_edit";
    public const string TextBlock = "transcript";

    /// <summary>Slack's limit for a plain_text_input.</summary>
    public const int MaxPastedText = 3000;

    public static JsonObject Paste(ModalMetadata metadata) => Modal(
        PasteCallback,
        "Meeting transcript",
        "Read it",
        metadata,
        [
            Input(TextBlock, "Paste the transcript (lines like “Maria: I'll send the budget by Friday”)", new JsonObject
            {
                ["type"] = "plain_text_input",
                ["action_id"] = ModalBuilder.ValueAction,
                ["multiline"] = true,
                ["max_length"] = MaxPastedText,
            }, optional: false),
        ]);

    public static JsonObject Edit(ModalMetadata metadata, DraftReviewLine? line)
    {
        var title = new JsonObject { ["type"] = "plain_text_input", ["action_id"] = ModalBuilder.ValueAction, ["max_length"] = ModalBuilder.MaxTitle };
        if (line?.Title is { Length: > 0 } current)
        {
            title["initial_value"] = Mrkdwn.Truncate(current, ModalBuilder.MaxTitle);
        }

        var owner = new JsonObject { ["type"] = "users_select", ["action_id"] = ModalBuilder.ValueAction, ["placeholder"] = Block.PlainText("Who owns it?", 150) };
        if (line?.OwnerId is { Length: > 0 } ownerId && ownerId.StartsWith('U'))
        {
            owner["initial_user"] = ownerId;
        }

        var due = new JsonObject { ["type"] = "datepicker", ["action_id"] = ModalBuilder.ValueAction };
        if (line?.Due is { } date)
        {
            due["initial_date"] = date;
        }

        return Modal(
            EditCallback,
            "Edit draft item",
            "Save item",
            metadata,
            [
                Input(ModalBuilder.TitleBlock, "Title", title, optional: false),
                Input(ModalBuilder.OwnerBlock, "Owner", owner, optional: true),
                Input(ModalBuilder.DueBlock, "Due", due, optional: true),
            ]);
    }

    private static JsonObject Modal(string callbackId, string title, string submit, ModalMetadata metadata, JsonObject[] blocks)
    {
        string privateMetadata = JsonSerializer.Serialize(metadata, SlackJsonContext.Default.ModalMetadata);
        if (privateMetadata.Length > BlockLimits.PrivateMetadata)
        {
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

    private static JsonObject Input(string blockId, string label, JsonObject element, bool optional) => new()
    {
        ["type"] = "input",
        ["block_id"] = blockId,
        ["label"] = Block.PlainText(label, 2000),
        ["optional"] = optional,
        ["element"] = element,
    };
}
