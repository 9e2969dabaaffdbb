using Microsoft.Extensions.Logging;

namespace ActionTracker.Slack;

/// <summary>Slack log events (3xxx). Never tokens, secrets, response URLs or message text above Debug.</summary>
internal static partial class Log
{
    [LoggerMessage(3001, LogLevel.Warning, "Slack request to {Path} refused: {Reason}")]
    public static partial void Refused(ILogger logger, string path, string reason);

    [LoggerMessage(3002, LogLevel.Warning, "Slack API {Method} failed: {Error}")]
    public static partial void ApiFailed(ILogger logger, string method, string error);

    [LoggerMessage(3003, LogLevel.Information, "Slack API {Method} rate limited; retrying in {Delay}")]
    public static partial void RateLimited(ILogger logger, string method, TimeSpan delay);

    [LoggerMessage(3004, LogLevel.Warning, "Could not look up Slack user profile for {Tenant}; continuing without it")]
    public static partial void ProfileLookupFailed(ILogger logger, string tenant, Exception exception);

    [LoggerMessage(3005, LogLevel.Error, "Storage unavailable while handling a Slack request for {Tenant}")]
    public static partial void StorageUnavailable(ILogger logger, string tenant, Exception exception);

    [LoggerMessage(3006, LogLevel.Information, "Slack installation saved for {Tenant}")]
    public static partial void Installed(ILogger logger, string tenant);

    [LoggerMessage(3007, LogLevel.Information, "Slack installation removed for {Tenant} ({EventType})")]
    public static partial void Uninstalled(ILogger logger, string tenant, string eventType);

    [LoggerMessage(3008, LogLevel.Debug, "Slack event {EventId} ({EventType}) queued for {Tenant}")]
    public static partial void EventQueued(ILogger logger, string eventId, string eventType, string tenant);

    [LoggerMessage(3009, LogLevel.Warning, "Slack response_url host {Host} is not allowed; nothing sent")]
    public static partial void ResponseUrlRefused(ILogger logger, string host);

    [LoggerMessage(3010, LogLevel.Warning, "Slack OAuth callback refused: {Reason}")]
    public static partial void OAuthRefused(ILogger logger, string reason);

    [LoggerMessage(3011, LogLevel.Warning, "Slack interaction {Kind} failed")]
    public static partial void InteractionFailed(ILogger logger, string kind, Exception exception);

    [LoggerMessage(3012, LogLevel.Warning, "Slack Socket Mode connection failed; reconnecting in {Delay}")]
    public static partial void SocketModeFailed(ILogger logger, TimeSpan delay, Exception exception);

    [LoggerMessage(3013, LogLevel.Information, "Slack Socket Mode connected")]
    public static partial void SocketModeConnected(ILogger logger);
}
