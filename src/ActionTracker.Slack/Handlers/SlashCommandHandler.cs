using System.Collections.Concurrent;
using ActionTracker.Core.Commands;
using ActionTracker.Core.Execution;
using ActionTracker.Core.Ports;
using ActionTracker.Core.Tenancy;
using ActionTracker.Slack.Blocks;
using ActionTracker.Slack.Protocol;
using Microsoft.Extensions.Logging;

namespace ActionTracker.Slack.Handlers;

/// <summary>
/// <c>POST /slack/commands</c>: authenticate → parse the form → run the text → answer in the response body (3 s).
/// Slack does not retry slash commands, so there is no dedupe; Core's writes are single conditional batches.
/// </summary>
public sealed class SlashCommandHandler
{
    public const string Path = "/slack/commands";

    /// <summary>Help topics people typed; help is the same for everyone, so each answer is rendered once.</summary>
    private const int MaxCachedHelp = 64;

    private readonly ConcurrentDictionary<HelpCommand, SlackResponse> _help = new();

    private readonly SlackAuthenticator _auth;
    private readonly SlackTokens _tokens;
    private readonly SlackContextBuilder _contexts;
    private readonly CommandExecutor _executor;
    private readonly ILogger<SlashCommandHandler> _logger;
    private readonly SlackTranscripts _transcripts;

    public SlashCommandHandler(SlackAuthenticator auth, SlackTokens tokens, SlackContextBuilder contexts, CommandExecutor executor, ILogger<SlashCommandHandler> logger, SlackTranscripts transcripts)
    {
        _transcripts = transcripts;
        _auth = auth;
        _tokens = tokens;
        _contexts = contexts;
        _executor = executor;
        _logger = logger;
    }

    public static string InstallMessage(Uri? baseUrl) =>
        "ActionTracker is not installed in this workspace yet. "
        + (baseUrl is null ? "Ask an admin to install it from the bot's /slack/install page." : "Ask an admin to install it: <" + new Uri(baseUrl, "slack/install") + "|Add to Slack>");

    public async Task<SlackResponse> HandleAsync(SlackRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (_auth.Verify(request, Path) is { } refused)
        {
            return refused;
        }

        if (!FormBody.TryParse(request.Body.Span, out IReadOnlyDictionary<string, string> form))
        {
            return SlackResponse.BadRequest("malformed_form");
        }

        return await RunAsync(form, request.BaseUrl, cancellationToken);
    }

    /// <summary>An authenticated slash command (HTTP form, or a Socket Mode envelope's payload).</summary>
    public async Task<SlackResponse> RunAsync(IReadOnlyDictionary<string, string> form, Uri? baseUrl, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (form.GetValueOrDefault("ssl_check") == "1")
        {
            return SlackResponse.Empty;
        }

        if (_auth.VerifyApp(form.GetValueOrDefault("api_app_id"), Path) is { } otherApp)
        {
            return otherApp;
        }

        string? teamId = form.GetValueOrDefault("team_id");
        string? userId = form.GetValueOrDefault("user_id");
        string? channelId = form.GetValueOrDefault("channel_id");
        string? enterpriseId = form.GetValueOrDefault("enterprise_id");
        bool orgWide = string.Equals(form.GetValueOrDefault("is_enterprise_install"), "true", StringComparison.Ordinal);
        if (!TenantKey.IsValidId(teamId) || !Core.People.PersonRef.IsValidId(userId) || string.IsNullOrEmpty(channelId)
            || (orgWide && !TenantKey.IsValidId(enterpriseId)))
        {
            return SlackResponse.BadRequest("missing_fields");
        }

        TenantKey tenant = TenantKey.ForSlack(teamId!, string.IsNullOrEmpty(enterpriseId) ? null : enterpriseId, orgWide);
        var user = new SlackUser(userId!, form.GetValueOrDefault("user_name"), channelId, form.GetValueOrDefault("channel_name"));
        string text = form.GetValueOrDefault("text") ?? string.Empty;
        try
        {
            Installation? installation = await _tokens.GetAsync(tenant, cancellationToken);
            if (installation is null)
            {
                return SlackResponse.Json(BlockKitRenderer.Ephemeral(InstallMessage(baseUrl)));
            }

            string command = SlackText.Unescape(text, new Dictionary<string, string>(StringComparer.Ordinal));
            command = command.Length == 0 ? "help" : command;
            ParsedCommand parsed = CommandParser.Parse(command);
            if (parsed is TranscriptCommand { Text: null } && form.GetValueOrDefault("trigger_id") is { Length: > 0 } trigger)
            {
                // No text: ask for it in a modal; its submission starts the extraction.
                var metadata = new ModalMetadata("transcript", user.ChannelId, form.GetValueOrDefault("response_url"));
                await _transcripts.OpenPasteAsync(trigger, metadata, installation.BotToken, cancellationToken);
                return SlackResponse.Empty;
            }

            CommandResult result;
            if (parsed is HelpCommand help && _help.TryGetValue(help, out SlackResponse? rendered))
            {
                return rendered;
            }

            if (parsed is HelpCommand or ParseFailure)
            {
                // Help and typos need nobody's profile: answered without touching storage or Slack.
                var anonymous = new CommandContext
                {
                    Tenant = tenant,
                    Requester = new Core.People.PersonRef(user.UserId, user.UserName ?? user.UserId),
                    ConversationId = user.ChannelId,
                    ConversationKind = SlackContextBuilder.KindOf(user.ChannelId, user.ChannelName),
                };
                result = await _executor.ExecuteAsync(parsed, anonymous, cancellationToken);
            }
            else
            {
                CommandContext context = await _contexts.BuildAsync(tenant, user, text, isExplicitCommand: true, installation.BotToken, cancellationToken);
                result = await _executor.ExecuteAsync(command, context, cancellationToken);
            }
            SlackResponse response = SlackResponse.Json(BlockKitRenderer.CommandResponse(result));
            if (parsed is HelpCommand topic && _help.Count < MaxCachedHelp)
            {
                _help.TryAdd(topic, response);
            }

            return response;
        }
        catch (StorageUnavailableException exception)
        {
            Log.StorageUnavailable(_logger, tenant.Value, exception);
            return SlackResponse.Json(BlockKitRenderer.Ephemeral(StorageUnavailableException.UserMessage));
        }
        catch (WebApi.SlackApiException exception)
        {
            Log.InteractionFailed(_logger, "transcript form", exception);
            return SlackResponse.Json(BlockKitRenderer.Ephemeral("I couldn't open the transcript form; paste the transcript after `/action transcript` instead."));
        }
    }
}
