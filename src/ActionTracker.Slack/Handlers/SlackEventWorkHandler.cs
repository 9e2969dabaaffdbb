using System.Text.Json.Nodes;
using ActionTracker.Core.Execution;
using ActionTracker.Core.People;
using ActionTracker.Core.Ports;
using ActionTracker.Core.Work;
using ActionTracker.Slack.Blocks;
using ActionTracker.Slack.Protocol;
using ActionTracker.Slack.WebApi;
using Microsoft.Extensions.Logging;

namespace ActionTracker.Slack.Handlers;

/// <summary>Runs a queued Events API callback: mentions and DMs as commands, App Home, uninstalls.</summary>
public sealed class SlackEventWorkHandler : IWorkHandler
{
    public const string WorkKind = "slack.event";

    private static readonly string[] HomeLists = ["list mine overdue", "list mine due this week", "list mine", "list watching"];

    private readonly SlackTokens _tokens;
    private readonly IInstallationStore _installations;
    private readonly SlackContextBuilder _contexts;
    private readonly CommandExecutor _executor;
    private readonly SlackApiClient _api;
    private readonly ILogger<SlackEventWorkHandler> _logger;
    private readonly SlackTranscripts _transcripts;

    public SlackEventWorkHandler(
        SlackTokens tokens, IInstallationStore installations, SlackContextBuilder contexts, CommandExecutor executor, SlackApiClient api, ILogger<SlackEventWorkHandler> logger,
        SlackTranscripts transcripts)
    {
        _transcripts = transcripts;
        _tokens = tokens;
        _installations = installations;
        _contexts = contexts;
        _executor = executor;
        _api = api;
        _logger = logger;
    }

    public string Kind => WorkKind;

    public async Task HandleAsync(WorkItem item, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(item);
        JsonObject? body = Json.TryParseObject(item.Payload);
        JsonObject? evt = Json.Obj(body, "event");
        string type = Json.Str(evt, "type") ?? string.Empty;
        if (type is "tokens_revoked" && Json.Str(evt, "bot_tokens_revoked") is null)
        {
            return;
        }

        if (type is "app_uninstalled" or "tokens_revoked")
        {
            // Every later send for the workspace finds no token and stops; a new install stores a fresh one.
            await _installations.DeleteAsync(item.Tenant, cancellationToken);
            Log.Uninstalled(_logger, item.Tenant.Value, type);
            return;
        }

        if (await _tokens.GetAsync(item.Tenant, cancellationToken) is not { } install || evt is null)
        {
            return;
        }

        // Our own and other bots' messages, edits and joins never run as commands (no loops).
        if (Json.Str(evt, "bot_id") is not null || Json.Str(evt, "subtype") is not null)
        {
            return;
        }

        string? botUserId = install.BotUserId
            ?? ((body!["authorizations"] as JsonArray)?.FirstOrDefault() is JsonObject auth ? Json.Str(auth, "user_id") : null);
        switch (type)
        {
            case "app_mention":
                await ReplyAsync(item, evt, SlackText.StripMention(Json.Str(evt, "text") ?? string.Empty, botUserId), true, install.BotToken, cancellationToken);
                break;
            case "message" when Json.Str(evt, "channel_type") == "im":
                await ReplyAsync(item, evt, Json.Str(evt, "text") ?? string.Empty, false, install.BotToken, cancellationToken);
                break;
            case "file_shared":
                await _transcripts.FileSharedAsync(item.Tenant, evt, cancellationToken);
                break;
            case "app_home_opened" when Json.Str(evt, "tab") is null or "home":
                await PublishHomeAsync(item, evt, install.BotToken, cancellationToken);
                break;
        }
    }

    private async Task ReplyAsync(WorkItem item, JsonObject evt, string text, bool isExplicit, string token, CancellationToken cancellationToken)
    {
        string? userId = Json.Str(evt, "user");
        string? channel = Json.Str(evt, "channel");
        if (!PersonRef.IsValidId(userId) || string.IsNullOrEmpty(channel) || (string.IsNullOrWhiteSpace(text) && !isExplicit))
        {
            return;
        }

        string? channelName = Json.Str(evt, "channel_type") == "im" ? "directmessage" : null;
        CommandContext context = await _contexts.BuildAsync(item.Tenant, new SlackUser(userId!, null, channel!, channelName), text, isExplicit, token, cancellationToken);
        string command = SlackText.Unescape(text, new Dictionary<string, string>(StringComparer.Ordinal));
        CommandResult result = await _executor.ExecuteAsync(command.Length == 0 ? "help" : command, context, cancellationToken);
        JsonObject message = BlockKitRenderer.Message(result);
        message["channel"] = channel;
        if (Json.Str(evt, "thread_ts") is { } thread)
        {
            message["thread_ts"] = thread;
        }

        if (result.Visibility == ResponseVisibility.Requester && channelName is null)
        {
            // Answers meant for the asker stay private in shared channels.
            message["user"] = userId;
            await _api.CallAsync("chat.postEphemeral", token, message, cancellationToken);
            return;
        }

        await _api.CallAsync("chat.postMessage", token, message, cancellationToken);
    }

    private async Task PublishHomeAsync(WorkItem item, JsonObject evt, string token, CancellationToken cancellationToken)
    {
        if (Json.Str(evt, "user") is not { } userId || !PersonRef.IsValidId(userId))
        {
            return;
        }

        var user = new SlackUser(userId, null, userId, "directmessage");
        CommandContext context = await _contexts.BuildAsync(item.Tenant, user, string.Empty, true, token, cancellationToken);
        // My open items, most urgent first (overdue, due this week, then all of them), then what I watch.
        var sections = new List<CommandResult>();
        foreach (string list in HomeLists)
        {
            sections.Add(await _executor.ExecuteAsync(list, context, cancellationToken));
        }

        JsonObject view = BlockKitRenderer.Home("Your action items", sections);
        await _api.CallAsync("views.publish", token, new JsonObject { ["user_id"] = userId, ["view"] = view }, cancellationToken);
    }
}
