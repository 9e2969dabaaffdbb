using Microsoft.Extensions.Logging;

namespace ActionTracker.Storage;

/// <summary>Storage log events (1xxx). No message bodies or secrets.</summary>
internal static partial class Log
{
    [LoggerMessage(1001, LogLevel.Warning, "Could not remove due-index row for {Tenant} #{Number}; the sweep will verify it away")]
    public static partial void DueRowNotRemoved(ILogger logger, string tenant, long number, Exception exception);

    [LoggerMessage(1002, LogLevel.Debug, "Item id allocation for {Tenant} lost a race (attempt {Attempt}); retrying")]
    public static partial void IdAllocationRetry(ILogger logger, string tenant, int attempt);

    [LoggerMessage(1010, LogLevel.Warning, "Work item {Kind} ({MessageId}) failed on delivery {Delivery}; it will be retried")]
    public static partial void WorkFailed(ILogger logger, string kind, string messageId, long delivery, Exception exception);

    [LoggerMessage(1011, LogLevel.Error, "Work message {MessageId} moved to the poison queue: {Reason}")]
    public static partial void WorkPoisoned(ILogger logger, string messageId, string reason);

    [LoggerMessage(1012, LogLevel.Debug, "Work item {Kind} ({MessageId}) was already completed; removed")]
    public static partial void WorkAlreadyDone(ILogger logger, string kind, string messageId);
}
