using System.Text.Json;
using System.Text.Json.Nodes;
using ActionTracker.Core.Ports;
using ActionTracker.Core.Work;
using ActionTracker.Teams.Auth;
using ActionTracker.Teams.Connector;
using ActionTracker.Teams.Protocol;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ActionTracker.Teams.Handlers;

/// <summary>
/// <c>POST /api/messages</c> without HTTP types: authenticate → parse → check the body against the token → dispatch.
/// Nothing is stored or sent before every check has passed.
/// </summary>
public sealed class TeamsActivityHandler
{
    public const int MaxBodyBytes = 256 * 1024;

    private static readonly TeamsHttpResponse Ok = new(200);

    private readonly TeamsAuthMode _mode;
    private readonly IOptions<TeamsOptions> _options;
    private readonly BotFrameworkAuthenticator _authenticator;
    private readonly ServiceUrlPolicy _serviceUrls;
    private readonly ActivityProcessor _processor;
    private readonly IWorkQueue _queue;
    private readonly ConnectorClient _connector;
    private readonly ILogger<TeamsActivityHandler> _logger;
    private readonly TeamsTranscripts _transcripts;

    public TeamsActivityHandler(
        TeamsAuthPolicy policy,
        IOptions<TeamsOptions> options,
        BotFrameworkAuthenticator authenticator,
        ServiceUrlPolicy serviceUrls,
        ActivityProcessor processor,
        IWorkQueue queue,
        ConnectorClient connector,
        ILogger<TeamsActivityHandler> logger,
        TeamsTranscripts transcripts)
    {
        _transcripts = transcripts;
        _mode = policy?.Mode ?? throw new ArgumentNullException(nameof(policy));
        _options = options;
        _authenticator = authenticator;
        _serviceUrls = serviceUrls;
        _processor = processor;
        _queue = queue;
        _connector = connector;
        _logger = logger;
    }

    public async Task<TeamsHttpResponse> HandleAsync(ReadOnlyMemory<byte> body, string? authorization, CancellationToken cancellationToken)
    {
        if (body.Length > MaxBodyBytes)
        {
            return Reject(413, "body too large");
        }

        AuthResult? token = null;
        if (_mode == TeamsAuthMode.RejectAll)
        {
            return Reject(401, "Teams:AppId is not configured");
        }

        if (_mode == TeamsAuthMode.Validate)
        {
            token = await _authenticator.AuthenticateAsync(authorization, _options.Value.AppId!, cancellationToken);
            if (!token.IsOk)
            {
                return Reject(token.StatusCode, token.Reason);
            }
        }

        Activity? activity;
        try
        {
            activity = JsonSerializer.Deserialize(body.Span, TeamsJsonContext.Default.Activity);
        }
        catch (JsonException)
        {
            return Reject(400, "malformed JSON");
        }

        if (activity is null || string.IsNullOrEmpty(activity.Type))
        {
            return Reject(400, "activity has no type");
        }

        if (token is not null && BotFrameworkAuthenticator.CheckActivity(token, activity.ChannelId, activity.ServiceUrl) is { IsOk: false } refused)
        {
            return Reject(refused.StatusCode, refused.Reason);
        }

        if (!_serviceUrls.IsAllowed(activity.ServiceUrl))
        {
            return Reject(403, "serviceUrl host is not allowed");
        }

        return activity.Type switch
        {
            ActivityTypes.Invoke => await InvokeAsync(activity, cancellationToken),
            ActivityTypes.Message => await RepliesAsync(activity, cancellationToken),
            ActivityTypes.ConversationUpdate when ActivityProcessor.IncludesBot(activity.MembersAdded, activity) => await RepliesAsync(activity, cancellationToken),
            ActivityTypes.InstallationUpdate when activity.Action is "add" or "add-upgrade" => await RepliesAsync(activity, cancellationToken),
            ActivityTypes.Event when activity.Name == ActivityTypes.MeetingEnd => await MeetingEndAsync(activity, cancellationToken),
            ActivityTypes.ConversationUpdate or ActivityTypes.InstallationUpdate when ActivityProcessor.IsRemoval(activity) => await RepliesAsync(activity, cancellationToken),
            _ => Ok,
        };
    }

    private async Task<TeamsHttpResponse> InvokeAsync(Activity activity, CancellationToken cancellationToken)
    {
        if (activity.Name is MessageExtension.FetchTask or MessageExtension.SubmitAction)
        {
            JsonObject dialog = await _processor.MessageExtensionAsync(activity, cancellationToken);
            return new TeamsHttpResponse(200, System.Text.Encoding.UTF8.GetBytes(dialog.ToJsonString()));
        }

        if (!string.Equals(activity.Name, ActivityTypes.AdaptiveCardAction, StringComparison.Ordinal))
        {
            return new TeamsHttpResponse(501);
        }

        InvokeResponse response = await _processor.CardActionAsync(activity, cancellationToken);
        return new TeamsHttpResponse(200, JsonSerializer.SerializeToUtf8Bytes(response, TeamsJsonContext.Default.InvokeResponse));
    }

    private async Task<TeamsHttpResponse> RepliesAsync(Activity activity, CancellationToken cancellationToken)
    {
        if (string.Equals(activity.DeliveryMode, ActivityTypes.ExpectReplies, StringComparison.Ordinal))
        {
            IReadOnlyList<OutboundActivity> replies = await _processor.ProcessAsync(activity, cancellationToken);
            return new TeamsHttpResponse(200, JsonSerializer.SerializeToUtf8Bytes(new ExpectedReplies(replies), TeamsJsonContext.Default.ExpectedReplies));
        }

        if (ActivityMapper.Tenant(activity) is not { } tenant || activity.Conversation?.Id is not { Length: > 0 } conversationId)
        {
            return Ok;
        }

        try
        {
            // Answer at once; the durable queue runs the command and replies through the connector.
            var work = new WorkItem
            {
                Kind = ActivityWorkHandler.WorkKind,
                Tenant = tenant,
                IdempotencyKey = ActivityProcessor.ActivityKey(activity) + "-" + activity.Type,
                // Only the fields the bot reads: far smaller than the raw body.
                Payload = JsonSerializer.Serialize(activity, TeamsJsonContext.Default.Activity),
            };
            await _queue.EnqueueAsync(work, null, cancellationToken);
        }
        catch (ArgumentException)
        {
            // Too big for a queue message: answer in this request instead.
            IReadOnlyList<OutboundActivity> replies = await _processor.ProcessAsync(activity, cancellationToken);
            await ActivityWorkHandler.SendAsync(_connector, activity.ServiceUrl!, conversationId, activity.Id, replies, cancellationToken);
        }
        catch (StorageUnavailableException exception)
        {
            Log.StorageUnavailable(_logger, activity.Type ?? "?", exception);
            await TryTellStorageDownAsync(activity, conversationId, cancellationToken);
        }

        return Ok;
    }

    /// <summary>A meeting the bot is in has ended: queue fetching its transcript; the review card follows in the meeting chat.</summary>
    private async Task<TeamsHttpResponse> MeetingEndAsync(Activity activity, CancellationToken cancellationToken)
    {
        try
        {
            await _transcripts.MeetingEndAsync(activity, cancellationToken);
            return Ok;
        }
        catch (StorageUnavailableException exception)
        {
            // Not acknowledged, so the event is delivered again.
            Log.StorageUnavailable(_logger, activity.Type ?? "?", exception);
            return new TeamsHttpResponse(503);
        }
    }

    private async Task TryTellStorageDownAsync(Activity activity, string conversationId, CancellationToken cancellationToken)
    {
        if (activity.Type != ActivityTypes.Message)
        {
            return;
        }

        try
        {
            await _connector.SendAsync(activity.ServiceUrl!, conversationId, new OutboundActivity { Text = StorageUnavailableException.UserMessage, ReplyToId = activity.Id }, cancellationToken);
        }
        catch (Exception exception) when (exception is ConnectorException or HttpRequestException)
        {
            Log.CannotNotify(_logger, exception.Message);
        }
    }

    private TeamsHttpResponse Reject(int status, string reason)
    {
        Log.Rejected(_logger, status, reason);
        return new TeamsHttpResponse(status);
    }
}
