using System.Text.Json.Nodes;
using ActionTracker.Core.Ports;
using ActionTracker.Core.Tenancy;
using ActionTracker.Core.Work;
using ActionTracker.Slack.Protocol;
using Microsoft.Extensions.Logging;

namespace ActionTracker.Slack.Handlers;

/// <summary>
/// <c>POST /slack/events</c>: answers url_verification, and queues each event_callback durably under its event_id
/// (the queue worker's two-phase claim makes retries and duplicates run once), then acks at once.
/// </summary>
public sealed class EventsHandler
{
    public const string Path = "/slack/events";

    /// <summary>Longer texts are not commands; cutting them keeps the queued message within limits.</summary>
    private const int MaxQueuedText = 8000;

    private static readonly string[] EventFields = ["type", "user", "text", "ts", "thread_ts", "channel", "channel_type", "bot_id", "subtype", "tab", "file_id", "user_id", "channel_id"];

    private readonly SlackAuthenticator _auth;
    private readonly SlackTokens _tokens;
    private readonly IWorkQueue _queue;
    private readonly ILogger<EventsHandler> _logger;

    public EventsHandler(SlackAuthenticator auth, SlackTokens tokens, IWorkQueue queue, ILogger<EventsHandler> logger)
    {
        _auth = auth;
        _tokens = tokens;
        _queue = queue;
        _logger = logger;
    }

    public async Task<SlackResponse> HandleAsync(SlackRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (_auth.Verify(request, Path) is { } refused)
        {
            return refused;
        }

        if (Json.TryParseObject(request.Body.Span) is not { } body)
        {
            return SlackResponse.BadRequest("malformed_json");
        }

        return await RunAsync(body, cancellationToken);
    }

    /// <summary>An authenticated Events API body (HTTP, or a Socket Mode envelope's payload).</summary>
    public async Task<SlackResponse> RunAsync(JsonObject body, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(body);
        string? type = Json.Str(body, "type");
        if (type == "url_verification")
        {
            return Json.Str(body, "challenge") is { } challenge
                ? SlackResponse.Json(new JsonObject { ["challenge"] = challenge })
                : SlackResponse.BadRequest("missing_challenge");
        }

        if (_auth.VerifyApp(Json.Str(body, "api_app_id"), Path) is { } otherApp)
        {
            return otherApp;
        }

        if (type != "event_callback")
        {
            return SlackResponse.Empty;
        }

        string? eventId = Json.Str(body, "event_id");
        if (string.IsNullOrEmpty(eventId) || eventId.Length > 200 || Json.Obj(body, "event") is null || TenantOf(body) is not { } tenant)
        {
            return SlackResponse.BadRequest("missing_fields");
        }

        try
        {
            if (await _tokens.GetAsync(tenant, cancellationToken) is null)
            {
                // Authentic, but for a workspace that has not installed us (or removed us): acked, nothing runs.
                Log.Refused(_logger, Path, "no installation for " + tenant.Value);
                return SlackResponse.Empty;
            }

            await _queue.EnqueueAsync(
                new WorkItem { Kind = SlackEventWorkHandler.WorkKind, Tenant = tenant, IdempotencyKey = "slack-event:" + eventId, Payload = Compact(body).ToJsonString() },
                null,
                cancellationToken);
        }
        catch (StorageUnavailableException exception)
        {
            // Not acked: Slack retries the delivery later, and the retry is deduplicated.
            Log.StorageUnavailable(_logger, tenant.Value, exception);
            return new SlackResponse(503, "{\"error\":\"storage_unavailable\"}");
        }

        Log.EventQueued(_logger, eventId, Json.Str(body, "event", "type") ?? "unknown", tenant.Value);
        return SlackResponse.Empty;
    }

    /// <summary>
    /// The installation the event is delivered for: Slack names it in <c>authorizations</c> (in shared channels and
    /// Enterprise Grid the outer <c>team_id</c> can be another workspace's); older payloads only carry team_id.
    /// </summary>
    private static TenantKey? TenantOf(JsonObject body)
    {
        JsonObject? authorization = (body["authorizations"] as JsonArray)?.FirstOrDefault() as JsonObject;
        bool orgWide = authorization is not null ? Json.Bool(authorization, "is_enterprise_install") : Json.Bool(body, "is_enterprise_install");
        string? teamId = (authorization is null ? null : Json.Str(authorization, "team_id")) ?? Json.Str(body, "team_id");
        string? enterpriseId = (authorization is null ? null : Json.Str(authorization, "enterprise_id")) ?? Json.Str(body, "enterprise_id");
        if (orgWide)
        {
            return TenantKey.IsValidId(enterpriseId) ? TenantKey.ForSlack(enterpriseId!, enterpriseId, true) : null;
        }

        return TenantKey.IsValidId(teamId) ? TenantKey.ForSlack(teamId!, null, false) : null;
    }

    /// <summary>Only what the worker reads: queue messages are small (64 KiB), event bodies need not be.</summary>
    private static JsonObject Compact(JsonObject body)
    {
        var evt = new JsonObject();
        foreach (string name in EventFields)
        {
            if (Json.Str(body, "event", name) is { } value)
            {
                evt[name] = name == "text" && value.Length > MaxQueuedText ? value[..MaxQueuedText] : value;
            }
        }

        if (Json.Obj(body, "event", "tokens")?["bot"] is JsonArray { Count: > 0 })
        {
            // tokens_revoked also fires for user tokens, which we do not hold: only a revoked bot token uninstalls.
            evt["bot_tokens_revoked"] = "true";
        }

        var compact = new JsonObject { ["event_id"] = Json.Str(body, "event_id"), ["event"] = evt };
        if ((body["authorizations"] as JsonArray)?.FirstOrDefault() is JsonObject first && Json.Str(first, "user_id") is { } botUser)
        {
            compact["authorizations"] = new JsonArray(new JsonObject { ["user_id"] = botUser });
        }

        return compact;
    }
}
