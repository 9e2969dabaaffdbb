using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using ActionTracker.Core.Commands;
using ActionTracker.Core.Execution;
using ActionTracker.Slack.Blocks;
using ActionTracker.Slack.Protocol;
using ActionTracker.Slack.WebApi;

namespace ActionTracker.Slack.Handlers;

/// <summary>
/// view_submission of the edit, create and development item modals. Field problems come back as <c>response_action: errors</c> with
/// nothing changed; otherwise the change is applied, the modal closes, and the result is posted where it came from.
/// </summary>
internal sealed class ModalSubmissions
{
    private readonly SlackContextBuilder _contexts;
    private readonly CommandExecutor _executor;
    private readonly SlackApiClient _api;

    public ModalSubmissions(SlackContextBuilder contexts, CommandExecutor executor, SlackApiClient api)
    {
        _contexts = contexts;
        _executor = executor;
        _api = api;
    }

    public static SlackResponse Errors(string blockId, string message) => SlackResponse.Json(new JsonObject
    {
        ["response_action"] = "errors",
        ["errors"] = new JsonObject { [blockId] = message },
    });

    public async Task<SlackResponse> SubmitAsync(Interaction interaction, string token, CancellationToken cancellationToken)
    {
        JsonObject? view = Json.Obj(interaction.Payload, "view");
        string callback = Json.Str(view, "callback_id") ?? string.Empty;
        ModalMetadata? metadata = ReadMetadata(Json.Str(view, "private_metadata"));
        if (metadata is null || callback is not (ModalBuilder.EditCallback or ModalBuilder.CreateCallback or ModalBuilder.DevelopmentCallback))
        {
            return SlackResponse.BadRequest("unknown_view");
        }

        JsonObject? values = Json.Obj(view, "state", "values");
        string title = (Json.Str(values, ModalBuilder.TitleBlock, ModalBuilder.ValueAction, "value") ?? string.Empty).Trim();
        string due = (Json.Str(values, ModalBuilder.DueBlock, ModalBuilder.ValueAction, "value") ?? string.Empty).Trim();
        if (title.Length == 0)
        {
            return Errors(ModalBuilder.TitleBlock, "Enter a title.");
        }

        if (title.Length > ModalBuilder.MaxTitle)
        {
            return Errors(ModalBuilder.TitleBlock, "Keep the title to " + ModalBuilder.MaxTitle.ToString(CultureInfo.InvariantCulture) + " characters or fewer.");
        }

        var user = interaction.User with { ChannelId = metadata.ChannelId, ChannelName = metadata.ChannelId.StartsWith('D') ? "directmessage" : null };
        CommandContext context = await _contexts.BuildAsync(interaction.Tenant, user, title, isExplicitCommand: true, token, cancellationToken);
        string goal = (Json.Str(values, ModalBuilder.GoalBlock, ModalBuilder.ValueAction, "value") ?? string.Empty).Trim();
        if (callback == ModalBuilder.DevelopmentCallback)
        {
            return await DevelopmentAsync(metadata, title, due, context, cancellationToken);
        }

        return callback == ModalBuilder.EditCallback
            ? await EditAsync(metadata, title, due, goal, context, cancellationToken)
            : await CreateAsync(
                metadata,
                title,
                due,
                Json.Str(values, ModalBuilder.OwnerBlock, ModalBuilder.ValueAction, "selected_user"),
                goal,
                context,
                cancellationToken);
    }

    private async Task<SlackResponse> EditAsync(ModalMetadata metadata, string title, string due, string goal, CommandContext context, CancellationToken cancellationToken)
    {
        if (goal.Length > 0 && (metadata.Item is not { } linked || CommandParser.Parse("link #" + linked.ToString(CultureInfo.InvariantCulture) + " " + goal) is not LinkCommand))
        {
            return Errors(ModalBuilder.GoalBlock, "Use a goal id like G7 or a milestone like G7.2.");
        }

        if (goal.Length > 0)
        {
            // Like the date, the goal can be refused (unknown id): apply it before anything else changes.
            CommandResult link = await _executor.ExecuteAsync("link #" + metadata.Item!.Value.ToString(CultureInfo.InvariantCulture) + " " + goal, context, cancellationToken);
            if (!link.Succeeded)
            {
                return Errors(ModalBuilder.GoalBlock, Mrkdwn.Truncate(link.Text, 150));
            }
        }

        CommandResult? last = null;
        if (due.Length > 0 && metadata.Item is { } item)
        {
            // The date is the part that can be refused: apply it first so a bad date changes nothing.
            last = await _executor.ExecuteAsync("due #" + item.ToString(CultureInfo.InvariantCulture) + " " + due, context, cancellationToken);
            if (!last.Succeeded)
            {
                return Errors(ModalBuilder.DueBlock, Mrkdwn.Truncate(last.Text, 150));
            }
        }

        CommandResult result = await _executor.ExecuteAsync(metadata.Command + title, context, cancellationToken);
        if (!result.Succeeded)
        {
            return Errors(ModalBuilder.TitleBlock, Mrkdwn.Truncate(result.Text, 150));
        }

        await AnswerAsync(metadata, result, replaceOriginal: true, cancellationToken);
        return SlackResponse.Empty;
    }

    private async Task<SlackResponse> CreateAsync(
        ModalMetadata metadata, string title, string due, string? owner, string goal, CommandContext context, CancellationToken cancellationToken)
    {
        if (goal.Length > 0 && CommandParser.Parse("link #1 " + goal) is not LinkCommand)
        {
            return Errors(ModalBuilder.GoalBlock, "Use a goal id like G7 or a milestone like G7.2.");
        }

        string command = "add " + title
            + (owner is { Length: > 0 } ? " <@" + owner + ">" : string.Empty)
            + (due.Length > 0 ? " due " + due : string.Empty)
            + (goal.Length > 0 ? " goal " + goal : string.Empty);
        CommandResult result = await _executor.ExecuteAsync(command, context, cancellationToken);
        if (!result.Succeeded)
        {
            bool aboutDate = due.Length > 0 && result.Text.Contains("date", StringComparison.OrdinalIgnoreCase);
            return Errors(aboutDate ? ModalBuilder.DueBlock : ModalBuilder.TitleBlock, Mrkdwn.Truncate(result.Text, 150));
        }

        await AnswerAsync(metadata, result, replaceOriginal: false, cancellationToken);
        return SlackResponse.Empty;
    }

    private async Task<SlackResponse> DevelopmentAsync(ModalMetadata metadata, string title, string due, CommandContext context, CancellationToken cancellationToken)
    {
        string command = metadata.Command + title + (due.Length > 0 ? " due " + due : string.Empty);
        if (!command.StartsWith("review ", StringComparison.Ordinal) || CommandParser.Parse(command) is not ReviewDevelopmentCommand parsed)
        {
            return Errors(ModalBuilder.TitleBlock, "Say what the development item is.");
        }

        if (due.Length > 0 && parsed.Item.DueText is null)
        {
            // The add grammar reads an unreadable date as more title; in a form it is a date mistake.
            return Errors(ModalBuilder.DueBlock, "I couldn't read that as a date; try e.g. friday or 2026-12-01.");
        }

        CommandResult result = await _executor.ExecuteAsync(command, context, cancellationToken);
        if (!result.Succeeded)
        {
            bool aboutDate = due.Length > 0 && (result.Text.Contains("date", StringComparison.OrdinalIgnoreCase) || result.Text.Contains(" day", StringComparison.OrdinalIgnoreCase));
            return Errors(aboutDate ? ModalBuilder.DueBlock : ModalBuilder.TitleBlock, Mrkdwn.Truncate(result.Text, 150));
        }

        await AnswerAsync(metadata, result, replaceOriginal: false, cancellationToken);
        return SlackResponse.Empty;
    }

    private async Task AnswerAsync(ModalMetadata metadata, CommandResult result, bool replaceOriginal, CancellationToken cancellationToken)
    {
        if (metadata.ResponseUrl is { } responseUrl && _api.IsAllowedResponseUrl(responseUrl, out _))
        {
            await _api.PostToResponseUrlAsync(responseUrl, BlockKitRenderer.CommandResponse(result, replaceOriginal), cancellationToken);
        }
    }

    private static ModalMetadata? ReadMetadata(string? json)
    {
        if (json is null)
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize(json, SlackJsonContext.Default.ModalMetadata);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
