using System.Text.Json;
using System.Text.Json.Nodes;
using ActionTracker.Core.Commands;
using ActionTracker.Core.Execution;
using ActionTracker.Core.Meetings;
using ActionTracker.Core.People;
using ActionTracker.Core.Ports;
using ActionTracker.Core.Views;
using ActionTracker.Core.Work;
using ActionTracker.Slack.Blocks;
using ActionTracker.Slack.Protocol;
using ActionTracker.Slack.WebApi;

namespace ActionTracker.Slack.Handlers;

/// <summary>
/// Slack's side of transcripts: the paste modal (<c>/action transcript</c> without text), the edit modal of a review
/// card's item, and files shared with the bot in a DM, which are queued for extraction like pasted text.
/// </summary>
public sealed class SlackTranscripts
{
    private readonly SlackApiClient _api;
    private readonly SlackContextBuilder _contexts;
    private readonly CommandExecutor _executor;
    private readonly IWorkQueue _queue;
    private readonly IPersonStore _people;
    private readonly TimeProvider _time;

    public SlackTranscripts(SlackApiClient api, SlackContextBuilder contexts, CommandExecutor executor, IWorkQueue queue, IPersonStore people, TimeProvider time)
    {
        _api = api;
        _contexts = contexts;
        _executor = executor;
        _queue = queue;
        _people = people;
        _time = time;
    }

    public static bool IsTranscriptView(string? callbackId) => callbackId is TranscriptModals.PasteCallback or TranscriptModals.EditCallback;

    public static bool IsDraftEdit(string command) => command.StartsWith("transcript edit ", StringComparison.OrdinalIgnoreCase);

    public Task OpenPasteAsync(string triggerId, ModalMetadata metadata, string token, CancellationToken cancellationToken) =>
        _api.CallAsync("views.open", token, new JsonObject { ["trigger_id"] = triggerId, ["view"] = TranscriptModals.Paste(metadata) }, cancellationToken);

    /// <summary>The Edit button of a draft item: a modal prefilled with the item as the card shows it now.</summary>
    public async Task OpenEditAsync(Interaction interaction, string command, string token, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(interaction);
        if (interaction.TriggerId is not { Length: > 0 } trigger || CommandParser.Parse(command) is not DraftReviewCommand { Item: { } index } edit)
        {
            throw new SlackApiException("missing_trigger_id");
        }

        CommandContext context = await _contexts.BuildAsync(interaction.Tenant, interaction.User, string.Empty, isExplicitCommand: true, token, cancellationToken);
        CommandResult shown = await _executor.ExecuteAsync(
            new DraftReviewCommand(edit.Meeting, DraftReviewAction.Show), context, cancellationToken);
        DraftReviewLine? line = shown.Views.OfType<DraftReviewView>().FirstOrDefault()?.Items.FirstOrDefault(i => i.Index == index);
        var metadata = new ModalMetadata(command.Trim(), interaction.User.ChannelId, interaction.ResponseUrl);
        await _api.CallAsync("views.open", token, new JsonObject { ["trigger_id"] = trigger, ["view"] = TranscriptModals.Edit(metadata, line) }, cancellationToken);
    }

    /// <summary>view_submission of either modal: field problems come back as errors with nothing changed.</summary>
    public async Task<SlackResponse> SubmitAsync(Interaction interaction, string token, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(interaction);
        JsonObject? view = Json.Obj(interaction.Payload, "view");
        string callback = Json.Str(view, "callback_id") ?? string.Empty;
        ModalMetadata? metadata = ReadMetadata(Json.Str(view, "private_metadata"));
        if (metadata is null)
        {
            return SlackResponse.BadRequest("unknown_view");
        }

        JsonObject? values = Json.Obj(view, "state", "values");
        var user = interaction.User with { ChannelId = metadata.ChannelId, ChannelName = metadata.ChannelId.StartsWith('D') ? "directmessage" : null };
        CommandContext context = await _contexts.BuildAsync(interaction.Tenant, user, string.Empty, isExplicitCommand: true, token, cancellationToken);
        if (callback == TranscriptModals.PasteCallback)
        {
            string text = (Json.Str(values, TranscriptModals.TextBlock, ModalBuilder.ValueAction, "value") ?? string.Empty).Trim();
            if (text.Length == 0)
            {
                return ModalSubmissions.Errors(TranscriptModals.TextBlock, "Paste the transcript.");
            }

            CommandResult started = await _executor.ExecuteAsync(new TranscriptCommand(text), context, cancellationToken);
            if (!started.Succeeded)
            {
                return ModalSubmissions.Errors(TranscriptModals.TextBlock, Mrkdwn.Truncate(started.Text, 150));
            }

            await AnswerAsync(metadata, started, replaceOriginal: false, cancellationToken);
            return SlackResponse.Empty;
        }

        string title = (Json.Str(values, ModalBuilder.TitleBlock, ModalBuilder.ValueAction, "value") ?? string.Empty).Trim();
        string? owner = Json.Str(values, ModalBuilder.OwnerBlock, ModalBuilder.ValueAction, "selected_user");
        string? due = Json.Str(values, ModalBuilder.DueBlock, ModalBuilder.ValueAction, "selected_date");
        if (title.Length == 0)
        {
            return ModalSubmissions.Errors(ModalBuilder.TitleBlock, "Enter a title.");
        }

        string command = metadata.Command + " title=" + title
            + (owner is { Length: > 0 } ? " owner=<@" + owner + ">" : string.Empty)
            + (due is { Length: > 0 } ? " due=" + due : string.Empty);
        CommandResult result = await _executor.ExecuteAsync(command, context, cancellationToken);
        if (!result.Succeeded)
        {
            string block = result.Text.Contains("date", StringComparison.OrdinalIgnoreCase) ? ModalBuilder.DueBlock
                : owner is not null && result.Text.Contains("know", StringComparison.OrdinalIgnoreCase) ? ModalBuilder.OwnerBlock
                : ModalBuilder.TitleBlock;
            return ModalSubmissions.Errors(block, Mrkdwn.Truncate(result.Text, 150));
        }

        await AnswerAsync(metadata, result, replaceOriginal: true, cancellationToken);
        return SlackResponse.Empty;
    }

    /// <summary>A file shared in a DM with the bot (file_shared): queued for extraction; the worker fetches it with the bot token.</summary>
    public async Task FileSharedAsync(Core.Tenancy.TenantKey tenant, JsonObject evt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(evt);
        string? fileId = Json.Str(evt, "file_id") ?? Json.Str(evt, "file", "id");
        string? userId = Json.Str(evt, "user_id");
        string? channelId = Json.Str(evt, "channel_id");
        if (fileId is not { Length: > 0 and <= 100 } || !PersonRef.IsValidId(userId) || channelId is not { Length: > 0 } || !channelId.StartsWith('D'))
        {
            // Files in shared channels are not meant for the bot; only DMs are read.
            return;
        }

        Person? person = await _people.GetAsync(tenant, userId!, cancellationToken);
        var job = new TranscriptJob
        {
            Source = new TranscriptReference { Kind = SlackFileSource.SourceKind, Id = fileId },
            ConversationId = channelId,
            ConversationKind = ConversationKind.Personal,
            OrganizerId = userId!,
            OrganizerName = person?.Ref.DisplayName ?? userId!,
            TimeZoneId = person?.TimeZoneId ?? "UTC",
            MeetingStart = _time.GetUtcNow(),
        };
        await _queue.EnqueueAsync(job.ToWorkItem(tenant, "slack-file:" + fileId), null, cancellationToken);
    }

    private async Task AnswerAsync(ModalMetadata metadata, CommandResult result, bool replaceOriginal, CancellationToken cancellationToken)
    {
        if (metadata.ResponseUrl is { } responseUrl && _api.IsAllowedResponseUrl(responseUrl, out _))
        {
            try
            {
                await _api.PostToResponseUrlAsync(responseUrl, BlockKitRenderer.CommandResponse(result, replaceOriginal), cancellationToken);
            }
            catch (HttpRequestException)
            {
                // The change is made; only the acknowledgement is lost (the review card itself is posted separately).
            }
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
