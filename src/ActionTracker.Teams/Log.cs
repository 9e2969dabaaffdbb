using Microsoft.Extensions.Logging;

namespace ActionTracker.Teams;

/// <summary>Teams log events (2xxx). No tokens, secrets or message text above Debug.</summary>
internal static partial class Log
{
    [LoggerMessage(2001, LogLevel.Warning, "Teams authentication is OFF: Teams:AppId is empty and the environment is Development. Never run like this in production.")]
    public static partial void AuthDisabled(ILogger logger);

    [LoggerMessage(2002, LogLevel.Information, "Teams channel disabled: Teams:AppId is empty, every /api/messages request gets 401")]
    public static partial void ChannelDisabled(ILogger logger);

    [LoggerMessage(2010, LogLevel.Warning, "Teams request rejected with {Status}: {Reason}")]
    public static partial void Rejected(ILogger logger, int status, string reason);

    [LoggerMessage(2011, LogLevel.Warning, "OpenID metadata or signing keys unavailable: {Reason}")]
    public static partial void MetadataUnavailable(ILogger logger, string reason);

    [LoggerMessage(2012, LogLevel.Information, "Signing keys refreshed: {Count} keys")]
    public static partial void KeysRefreshed(ILogger logger, int count);

    [LoggerMessage(2020, LogLevel.Warning, "Storage unavailable while handling a Teams {Type} activity")]
    public static partial void StorageUnavailable(ILogger logger, string type, Exception exception);

    [LoggerMessage(2021, LogLevel.Debug, "Duplicate Teams activity skipped")]
    public static partial void DuplicateActivity(ILogger logger);

    [LoggerMessage(2030, LogLevel.Warning, "Connector call {Operation} answered {Status}; retrying after {Delay}")]
    public static partial void ConnectorRetry(ILogger logger, string operation, int status, TimeSpan delay);

    [LoggerMessage(2031, LogLevel.Warning, "Connector call {Operation} failed with {Status}")]
    public static partial void ConnectorFailed(ILogger logger, string operation, int status);

    [LoggerMessage(2032, LogLevel.Information, "Card update dropped: the connector answered {Status}")]
    public static partial void CardUpdateDropped(ILogger logger, int status);

    [LoggerMessage(2033, LogLevel.Warning, "Card update could not be queued; the clicker's card is current, others refresh on view")]
    public static partial void CardUpdateNotQueued(ILogger logger, Exception exception);

    [LoggerMessage(2022, LogLevel.Information, "Bot removed from a {ConversationType} conversation in {Tenant}: sends there stop until it is added again")]
    public static partial void BotRemoved(ILogger logger, string tenant, string conversationType);

    [LoggerMessage(2041, LogLevel.Information, "Message not sent: the bot was removed from the conversation")]
    public static partial void SkippedRemoved(ILogger logger);

    [LoggerMessage(2040, LogLevel.Warning, "Cannot message person: {Reason}")]
    public static partial void CannotNotify(ILogger logger, string reason);

    [LoggerMessage(2070, LogLevel.Information, "Graph notifications: {Accepted} queued, {Refused} with a wrong clientState")]
    public static partial void GraphNotifications(ILogger logger, int accepted, int refused);

    [LoggerMessage(2071, LogLevel.Warning, "A new transcript of meeting could not be read: {Reason}")]
    public static partial void GraphTranscriptSkipped(ILogger logger, string reason);

    [LoggerMessage(2072, LogLevel.Information, "Graph subscription {SubscriptionId} valid until {Expires}")]
    public static partial void GraphSubscribed(ILogger logger, string subscriptionId, DateTimeOffset expires);

    [LoggerMessage(2073, LogLevel.Warning, "Graph subscription could not be created or renewed")]
    public static partial void GraphSubscriptionFailed(ILogger logger, Exception exception);

    [LoggerMessage(2090, LogLevel.Warning, "Graph manager lookup refused with {Status}: grant the app User.Read.All (application) and admin consent; using the configured manager mapping")]
    public static partial void GraphManagerForbidden(ILogger logger, int status);

    [LoggerMessage(2091, LogLevel.Warning, "Graph manager lookup failed; using the configured manager mapping")]
    public static partial void GraphManagerFailed(ILogger logger, Exception exception);
}
