using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using ActionTracker.Core.Ports;
using ActionTracker.Core.Tenancy;
using ActionTracker.Core.Work;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ActionTracker.Teams.Graph;

/// <summary>
/// <c>POST /graph/notifications</c>: the subscription handshake (echo <c>validationToken</c>), then change notifications
/// for new meeting transcripts. Each notification must carry the configured clientState; accepted ones are queued
/// (fetching the meeting and transcript is slow) and answered 202 at once.
/// </summary>
public sealed partial class GraphNotificationHandler
{
    public const int MaxBodyBytes = 256 * 1024;

    private readonly GraphOptions _options;
    private readonly IWorkQueue _queue;
    private readonly ILogger<GraphNotificationHandler> _logger;

    public GraphNotificationHandler(IOptions<GraphOptions> options, IWorkQueue queue, ILogger<GraphNotificationHandler> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options.Value;
        _queue = queue;
        _logger = logger;
    }

    public async Task<GraphNotificationResponse> HandleAsync(string? validationToken, ReadOnlyMemory<byte> body, CancellationToken cancellationToken)
    {
        if (!_options.IsConfigured || string.IsNullOrEmpty(_options.NotificationClientState))
        {
            return new GraphNotificationResponse(404);
        }

        if (validationToken is not null)
        {
            return validationToken.Length is > 0 and <= 2048
                ? new GraphNotificationResponse(200, validationToken)
                : new GraphNotificationResponse(400);
        }

        if (body.Length > MaxBodyBytes)
        {
            return new GraphNotificationResponse(413);
        }

        JsonElement notifications;
        try
        {
            using JsonDocument document = JsonDocument.Parse(body);
            if (!document.RootElement.TryGetProperty("value", out JsonElement value) || value.ValueKind != JsonValueKind.Array)
            {
                return new GraphNotificationResponse(400);
            }

            notifications = value.Clone();
        }
        catch (JsonException)
        {
            return new GraphNotificationResponse(400);
        }

        int accepted = 0;
        int refused = 0;
        foreach (JsonElement notification in notifications.EnumerateArray())
        {
            if (!HasClientState(notification))
            {
                refused++;
                continue;
            }

            if (Read(notification) is not { } work)
            {
                continue;
            }

            try
            {
                await _queue.EnqueueAsync(work, null, cancellationToken);
                accepted++;
            }
            catch (StorageUnavailableException exception)
            {
                // A 5xx makes Graph deliver the notification again later.
                Log.StorageUnavailable(_logger, "graph notification", exception);
                return new GraphNotificationResponse(503);
            }
        }

        Log.GraphNotifications(_logger, accepted, refused);
        return refused > 0 && accepted == 0 ? new GraphNotificationResponse(401) : new GraphNotificationResponse(202);
    }

    private bool HasClientState(JsonElement notification) =>
        notification.ValueKind == JsonValueKind.Object
        && notification.TryGetProperty("clientState", out JsonElement state) && state.ValueKind == JsonValueKind.String
        && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(state.GetString()!), Encoding.UTF8.GetBytes(_options.NotificationClientState!));

    /// <summary>A transcript notification as queued work; null for anything else.</summary>
    private static WorkItem? Read(JsonElement notification)
    {
        string? tenantId = notification.TryGetProperty("tenantId", out JsonElement t) && t.ValueKind == JsonValueKind.String ? t.GetString() : null;
        string? resource = notification.TryGetProperty("resource", out JsonElement r) && r.ValueKind == JsonValueKind.String ? r.GetString() : null;
        if (!TenantKey.IsValidId(tenantId) || resource is null || TranscriptResource().Match(resource) is not { Success: true } match)
        {
            return null;
        }

        string meetingId = Unquote(match.Groups["meeting"].Value);
        string transcriptId = Unquote(match.Groups["transcript"].Value);
        var payload = new GraphTranscriptNotice(meetingId, transcriptId);
        return new WorkItem
        {
            Kind = GraphTranscriptWorkHandler.WorkKind,
            Tenant = TenantKey.ForTeams(tenantId!),
            IdempotencyKey = "graph-transcript:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(meetingId + "\n" + transcriptId)))[..40],
            Payload = JsonSerializer.Serialize(payload, GraphJsonContext.Default.GraphTranscriptNotice),
        };
    }

    private static string Unquote(string value) => value.Trim('\'', '(', ')', '/');

    [GeneratedRegex(@"onlineMeetings(?:\('|/)(?<meeting>[^'/)]+)(?:'\))?/transcripts(?:\('|/)(?<transcript>[^'/)]+)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex TranscriptResource();
}
