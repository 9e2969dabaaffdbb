using System.Text.Json;
using System.Text.Json.Nodes;
using ActionTracker.Core.Execution;
using ActionTracker.Core.People;
using ActionTracker.Core.Ports;
using ActionTracker.Core.Tenancy;
using ActionTracker.Slack.Blocks;
using ActionTracker.Slack.Protocol;
using ActionTracker.Slack.WebApi;
using Microsoft.Extensions.Logging;

namespace ActionTracker.Slack.Handlers;

/// <summary>
/// <c>POST /slack/interactivity</c>: buttons and inputs run the command they carry (the tenant always comes from the
/// authenticated payload) and replace the clicked message via response_url; Edit and the message shortcut open modals
/// whose submissions are validated here and answered in the HTTP body.
/// </summary>
public sealed class InteractivityHandler
{
    public const string Path = "/slack/interactivity";
    public const string CreateShortcut = "create_action_item";

    private readonly SlackAuthenticator _auth;
    private readonly SlackTokens _tokens;
    private readonly SlackContextBuilder _contexts;
    private readonly CommandExecutor _executor;
    private readonly SlackApiClient _api;
    private readonly ModalSubmissions _submissions;
    private readonly IActionItemStore _items;
    private readonly ILogger<InteractivityHandler> _logger;
    private readonly SlackTranscripts _transcripts;

    public InteractivityHandler(
        SlackAuthenticator auth,
        SlackTokens tokens,
        SlackContextBuilder contexts,
        CommandExecutor executor,
        SlackApiClient api,
        IActionItemStore items,
        ILogger<InteractivityHandler> logger,
        SlackTranscripts transcripts)
    {
        _transcripts = transcripts;
        _items = items;
        _auth = auth;
        _tokens = tokens;
        _contexts = contexts;
        _executor = executor;
        _api = api;
        _logger = logger;
        _submissions = new ModalSubmissions(contexts, executor, api);
    }

    public async Task<SlackResponse> HandleAsync(SlackRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (_auth.Verify(request, Path) is { } refused)
        {
            return refused;
        }

        if (!FormBody.TryParse(request.Body.Span, out IReadOnlyDictionary<string, string> form)
            || form.GetValueOrDefault("payload") is not { } raw
            || Json.TryParseObject(raw) is not { } payload)
        {
            return SlackResponse.BadRequest("malformed_payload");
        }

        return await RunAsync(payload, request.BaseUrl, cancellationToken);
    }

    /// <summary>An authenticated interaction payload (HTTP form field, or a Socket Mode envelope).</summary>
    public async Task<SlackResponse> RunAsync(JsonObject payload, Uri? baseUrl, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(payload);
        if (_auth.VerifyApp(Json.Str(payload, "api_app_id"), Path) is { } otherApp)
        {
            return otherApp;
        }

        if (Parse(payload) is not { } interaction)
        {
            return SlackResponse.BadRequest("missing_fields");
        }

        string type = Json.Str(payload, "type") ?? string.Empty;
        try
        {
            if (await _tokens.GetAsync(interaction.Tenant, cancellationToken) is not { } install)
            {
                return SlackResponse.Json(BlockKitRenderer.Ephemeral(SlashCommandHandler.InstallMessage(baseUrl)));
            }

            return type switch
            {
                "block_actions" => await BlockActionAsync(interaction, install.BotToken, cancellationToken),
                "view_submission" when SlackTranscripts.IsTranscriptView(Json.Str(interaction.Payload, "view", "callback_id")) =>
                    await _transcripts.SubmitAsync(interaction, install.BotToken, cancellationToken),
                "view_submission" => await _submissions.SubmitAsync(interaction, install.BotToken, cancellationToken),
                "message_action" or "shortcut" => await ShortcutAsync(interaction, install.BotToken, cancellationToken),
                _ => SlackResponse.Empty,
            };
        }
        catch (StorageUnavailableException exception)
        {
            Log.StorageUnavailable(_logger, interaction.Tenant.Value, exception);
            return type == "view_submission"
                ? ModalSubmissions.Errors(ModalBuilder.TitleBlock, StorageUnavailableException.UserMessage)
                : await TellAsync(interaction, StorageUnavailableException.UserMessage, cancellationToken);
        }
        catch (SlackApiException exception)
        {
            Log.InteractionFailed(_logger, type, exception);
            return SlackResponse.Empty;
        }
    }

    private static Interaction? Parse(JsonObject payload)
    {
        string? teamId = Json.Str(payload, "team", "id") ?? Json.Str(payload, "user", "team_id");
        string? enterpriseId = Json.Str(payload, "enterprise", "id");
        bool orgWide = Json.Bool(payload, "is_enterprise_install");
        string? userId = Json.Str(payload, "user", "id");
        if (!TenantKey.IsValidId(teamId) || !PersonRef.IsValidId(userId) || (orgWide && !TenantKey.IsValidId(enterpriseId)))
        {
            return null;
        }

        string? channelId = Json.Str(payload, "channel", "id") ?? Json.Str(payload, "container", "channel_id");
        string? channelName = Json.Str(payload, "channel", "name");
        if (channelId is null)
        {
            // App Home and modals have no channel: treat the person's own space as a personal conversation.
            channelId = userId!;
            channelName = "directmessage";
        }

        var user = new SlackUser(userId!, Json.Str(payload, "user", "username") ?? Json.Str(payload, "user", "name"), channelId, channelName);
        return new Interaction(
            payload, TenantKey.ForSlack(teamId!, enterpriseId, orgWide), user, Json.Str(payload, "response_url"), Json.Str(payload, "trigger_id"));
    }

    private async Task<SlackResponse> BlockActionAsync(Interaction interaction, string token, CancellationToken cancellationToken)
    {
        JsonObject? action = (interaction.Payload["actions"] as JsonArray)?.FirstOrDefault() as JsonObject;
        string actionId = Json.Str(action, "action_id") ?? string.Empty;
        string? command = null;
        if (actionId.StartsWith(ActionElements.ButtonPrefix, StringComparison.Ordinal) || actionId.StartsWith(ActionElements.EditPrefix, StringComparison.Ordinal)
            || actionId.StartsWith(ActionElements.DevelopmentPrefix, StringComparison.Ordinal))
        {
            ActionValue? value = ReadValue(Json.Str(action, "value"));
            if (value is null)
            {
                return SlackResponse.BadRequest("malformed_action");
            }

            if (actionId.StartsWith(ActionElements.EditPrefix, StringComparison.Ordinal) && SlackTranscripts.IsDraftEdit(value.Command))
            {
                await _transcripts.OpenEditAsync(interaction, value.Command, token, cancellationToken);
                return SlackResponse.Empty;
            }

            if (actionId.StartsWith(ActionElements.DevelopmentPrefix, StringComparison.Ordinal))
            {
                var form = new ModalMetadata(value.Command, interaction.User.ChannelId, interaction.ResponseUrl);
                await OpenViewAsync(interaction, ModalBuilder.Development(form), token, cancellationToken);
                return SlackResponse.Empty;
            }

            if (actionId.StartsWith(ActionElements.EditPrefix, StringComparison.Ordinal))
            {
                return await OpenEditAsync(interaction, value, token, cancellationToken);
            }

            command = value.Command;
            if (await IsStaleAsync(interaction.Tenant, value, cancellationToken))
            {
                // A second click (or a click on an old copy of the card) must not apply the change again.
                return await RefreshStaleAsync(interaction, value.Item!.Value, token, cancellationToken);
            }
        }
        else if (actionId.StartsWith(ActionElements.InputPrefix, StringComparison.Ordinal))
        {
            string? input = Json.Str(action, "selected_date")
                ?? (Json.Str(action, "selected_user") is { } selected ? "<@" + selected + ">" : null);
            command = input is null ? null : actionId[ActionElements.InputPrefix.Length..] + input;
        }

        if (command is null)
        {
            return SlackResponse.Empty;
        }

        CommandContext context = await _contexts.BuildAsync(interaction.Tenant, interaction.User, command, isExplicitCommand: true, token, cancellationToken);
        CommandResult result = await _executor.ExecuteAsync(command, context, cancellationToken);
        if (interaction.ResponseUrl is { } responseUrl)
        {
            // Success replaces the clicked message in place; a refusal leaves it and explains beside it.
            await _api.PostToResponseUrlAsync(responseUrl, BlockKitRenderer.CommandResponse(result, replaceOriginal: result.Succeeded), cancellationToken);
        }

        return SlackResponse.Empty;
    }

    private async Task<bool> IsStaleAsync(TenantKey tenant, ActionValue value, CancellationToken cancellationToken)
    {
        if (value.Item is not { } number || value.Revision is not { } revision || number is < 1 or > Core.Items.ItemNumber.MaxValue)
        {
            return false;
        }

        Core.Items.ActionItem? current = await _items.GetAsync(tenant, new Core.Items.ItemNumber(number), cancellationToken);
        return current is not null && current.Revision != revision;
    }

    private async Task<SlackResponse> RefreshStaleAsync(Interaction interaction, long item, string token, CancellationToken cancellationToken)
    {
        CommandContext context = await _contexts.BuildAsync(interaction.Tenant, interaction.User, string.Empty, isExplicitCommand: true, token, cancellationToken);
        CommandResult shown = await _executor.ExecuteAsync("show #" + item.ToString(System.Globalization.CultureInfo.InvariantCulture), context, cancellationToken);
        if (interaction.ResponseUrl is { } responseUrl && shown.Succeeded)
        {
            const string Note = "This item changed since the card was shown, so nothing was done. Here it is now.";
            CommandResult refreshed = shown with { Text = Note, Views = [new Core.Views.ErrorView(Note, null, null), .. shown.Views] };
            await _api.PostToResponseUrlAsync(responseUrl, BlockKitRenderer.CommandResponse(refreshed, replaceOriginal: true), cancellationToken);
        }

        return SlackResponse.Empty;
    }

    private async Task<SlackResponse> OpenEditAsync(Interaction interaction, ActionValue value, string token, CancellationToken cancellationToken)
    {
        string? title = null;
        if (value.Item is { } item)
        {
            CommandContext context = await _contexts.BuildAsync(interaction.Tenant, interaction.User, string.Empty, isExplicitCommand: true, token, cancellationToken);
            CommandResult shown = await _executor.ExecuteAsync("show #" + item.ToString(System.Globalization.CultureInfo.InvariantCulture), context, cancellationToken);
            title = shown.Views.OfType<Core.Views.ItemCardView>().FirstOrDefault()?.Title;
        }

        var metadata = new ModalMetadata(value.Command, interaction.User.ChannelId, interaction.ResponseUrl, value.Item);
        string heading = value.Item is { } number ? "Edit #" + number.ToString(System.Globalization.CultureInfo.InvariantCulture) : "Edit item";
        await OpenViewAsync(interaction, ModalBuilder.Edit(metadata, heading, title), token, cancellationToken);
        return SlackResponse.Empty;
    }

    private async Task<SlackResponse> ShortcutAsync(Interaction interaction, string token, CancellationToken cancellationToken)
    {
        if (!string.Equals(Json.Str(interaction.Payload, "callback_id"), CreateShortcut, StringComparison.Ordinal))
        {
            return SlackResponse.Empty;
        }

        string text = SlackText.Unescape(Json.Str(interaction.Payload, "message", "text") ?? string.Empty, new Dictionary<string, string>(StringComparer.Ordinal));
        string? author = Json.Str(interaction.Payload, "message", "user");
        var metadata = new ModalMetadata("add ", interaction.User.ChannelId, interaction.ResponseUrl);
        await OpenViewAsync(interaction, ModalBuilder.Create(metadata, text.Trim(), author), token, cancellationToken);
        return SlackResponse.Empty;
    }

    private async Task OpenViewAsync(Interaction interaction, JsonObject view, string token, CancellationToken cancellationToken)
    {
        if (interaction.TriggerId is not { Length: > 0 } trigger)
        {
            throw new SlackApiException("missing_trigger_id");
        }

        await _api.CallAsync("views.open", token, new JsonObject { ["trigger_id"] = trigger, ["view"] = view }, cancellationToken);
    }

    private async Task<SlackResponse> TellAsync(Interaction interaction, string message, CancellationToken cancellationToken)
    {
        if (interaction.ResponseUrl is { } responseUrl)
        {
            await _api.PostToResponseUrlAsync(responseUrl, BlockKitRenderer.Ephemeral(message), cancellationToken);
        }

        return SlackResponse.Empty;
    }

    private static ActionValue? ReadValue(string? json)
    {
        if (json is null)
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize(json, SlackJsonContext.Default.ActionValue) is { Command.Length: > 0 } value ? value : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
