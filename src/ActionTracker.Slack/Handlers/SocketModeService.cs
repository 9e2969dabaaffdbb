using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using ActionTracker.Slack.Protocol;
using ActionTracker.Slack.WebApi;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ActionTracker.Slack.Handlers;

/// <summary>
/// Socket Mode (when Slack:AppToken is set): apps.connections.open → WebSocket; each envelope runs through the same
/// handlers as HTTP (the socket is authenticated, so there is no signature) and is acked with its response payload.
/// Reconnects on <c>disconnect</c>, on a dropped socket, and after failures with bounded backoff.
/// </summary>
public sealed class SocketModeService : BackgroundService
{
    private const int MaxFrameBytes = 1024 * 1024;
    private static readonly TimeSpan MaxBackoff = TimeSpan.FromSeconds(60);

    private readonly SlackOptions _options;
    private readonly SlackApiClient _api;
    private readonly SlashCommandHandler _commands;
    private readonly InteractivityHandler _interactivity;
    private readonly EventsHandler _events;
    private readonly TimeProvider _time;
    private readonly ILogger<SocketModeService> _logger;

    public SocketModeService(
        IOptions<SlackOptions> options,
        SlackApiClient api,
        SlashCommandHandler commands,
        InteractivityHandler interactivity,
        EventsHandler events,
        TimeProvider time,
        ILogger<SocketModeService> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options.Value;
        _api = api;
        _commands = commands;
        _interactivity = interactivity;
        _events = events;
        _time = time;
        _logger = logger;
    }

    /// <summary>Runs one envelope and returns the payload to ack it with (null for a bare ack).</summary>
    public async Task<JsonObject?> DispatchAsync(JsonObject envelope, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(envelope);
        JsonObject? payload = Json.Obj(envelope, "payload");
        if (payload is null)
        {
            return null;
        }

        SlackResponse response = Json.Str(envelope, "type") switch
        {
            "slash_commands" => await _commands.RunAsync(
                payload.Where(p => p.Value is JsonValue).ToDictionary(p => p.Key, p => p.Value!.ToString(), StringComparer.Ordinal), null, cancellationToken),
            "interactive" => await _interactivity.RunAsync(payload, null, cancellationToken),
            "events_api" => await _events.RunAsync(payload, cancellationToken),
            _ => SlackResponse.Empty,
        };
        return response.StatusCode == 200 && response.Body is { Length: > 0 } body ? Json.TryParseObject(body) : null;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (string.IsNullOrEmpty(_options.AppToken) || string.IsNullOrEmpty(_options.SigningSecret))
        {
            return;
        }

        TimeSpan backoff = TimeSpan.FromSeconds(1);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await RunConnectionAsync(_options.AppToken, stoppingToken);
                backoff = TimeSpan.FromSeconds(1);
            }
            catch (Exception exception) when (!stoppingToken.IsCancellationRequested && exception is SlackApiException or WebSocketException or HttpRequestException or JsonException or OperationCanceledException)
            {
                Log.SocketModeFailed(_logger, backoff, exception);
                await Task.Delay(backoff, _time, stoppingToken);
                backoff = backoff * 2 > MaxBackoff ? MaxBackoff : backoff * 2;
            }
        }
    }

    private async Task RunConnectionAsync(string appToken, CancellationToken cancellationToken)
    {
        JsonObject opened = await _api.CallFormAsync("apps.connections.open", appToken, new Dictionary<string, string>(StringComparer.Ordinal), cancellationToken);
        if (!Uri.TryCreate(Json.Str(opened, "url"), UriKind.Absolute, out Uri? url))
        {
            throw new SlackApiException("invalid_socket_url");
        }

        using var socket = new ClientWebSocket();
        await socket.ConnectAsync(url, cancellationToken);
        Log.SocketModeConnected(_logger);
        while (socket.State == WebSocketState.Open)
        {
            JsonObject? frame = await ReceiveAsync(socket, cancellationToken);
            if (frame is null || Json.Str(frame, "type") == "disconnect")
            {
                // Slack asks us to move to a fresh connection (or closed this one): open a new one.
                return;
            }

            if (Json.Str(frame, "envelope_id") is not { } envelopeId)
            {
                continue;
            }

            var ack = new JsonObject { ["envelope_id"] = envelopeId };
            if (await DispatchAsync(frame, cancellationToken) is { } payload)
            {
                ack["payload"] = payload;
            }

            await socket.SendAsync(Encoding.UTF8.GetBytes(ack.ToJsonString()), WebSocketMessageType.Text, true, cancellationToken);
        }
    }

    private static async Task<JsonObject?> ReceiveAsync(ClientWebSocket socket, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        byte[] chunk = new byte[16 * 1024];
        while (true)
        {
            WebSocketReceiveResult result = await socket.ReceiveAsync(chunk, cancellationToken);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return null;
            }

            buffer.Write(chunk, 0, result.Count);
            if (buffer.Length > MaxFrameBytes)
            {
                throw new WebSocketException("Socket Mode frame too large.");
            }

            if (result.EndOfMessage)
            {
                return Json.TryParseObject(buffer.ToArray()) ?? new JsonObject();
            }
        }
    }
}
