namespace ActionTracker.Bot;

/// <summary>Host log events (4xxx). No message bodies, tokens or secrets.</summary>
internal static partial class Log
{
    [LoggerMessage(4001, LogLevel.Information, "Queue worker disabled by Worker:Enabled=false")]
    public static partial void WorkerDisabled(ILogger logger);

    [LoggerMessage(4002, LogLevel.Warning, "Queue worker: storage unavailable ({Reason}); retrying shortly")]
    public static partial void WorkerStorageUnavailable(ILogger logger, string reason);

    [LoggerMessage(4003, LogLevel.Error, "Queue worker tick failed; continuing")]
    public static partial void WorkerTickFailed(ILogger logger, Exception exception);

    [LoggerMessage(4010, LogLevel.Warning, "Storage unavailable while handling {Path}")]
    public static partial void StorageUnavailable(ILogger logger, string path, Exception exception);

    [LoggerMessage(4011, LogLevel.Error, "Unhandled error while handling {Path}")]
    public static partial void UnhandledError(ILogger logger, string path, Exception exception);

    [LoggerMessage(4030, LogLevel.Information, "Reminder sweep sent {Count} messages")]
    public static partial void RemindersSent(ILogger logger, int count);

    [LoggerMessage(4031, LogLevel.Error, "Reminder sweep failed; the next tick retries")]
    public static partial void SweepFailed(ILogger logger, Exception exception);

    [LoggerMessage(4020, LogLevel.Warning, "Not ready: {Reason}")]
    public static partial void NotReady(ILogger logger, string reason);

    [LoggerMessage(4032, LogLevel.Warning, "Possible repeat (audit): {Kind} to {Recipient} in {Tenant} for {Items} was retaken from a stopped instance that may have sent it")]
    public static partial void PossibleRepeat(ILogger logger, string kind, string recipient, string tenant, string items);

    [LoggerMessage(4040, LogLevel.Information, "Transcript extraction uses the {Provider} model {Model} at {Host}; the rule-based extractor is the fallback")]
    public static partial void ModelExtractorEnabled(ILogger logger, string provider, string model, string host);

    [LoggerMessage(4041, LogLevel.Information, "Model extraction: {Items} items and {Decisions} decisions from {Requests} requests; {Dropped} proposals dropped by the transcript check")]
    public static partial void ModelExtractionDone(ILogger logger, int items, int decisions, int requests, int dropped);

    [LoggerMessage(4042, LogLevel.Warning, "Model extraction failed ({Failure}); the rule-based extractor made this draft")]
    public static partial void ModelExtractionFellBack(ILogger logger, string failure);

    [LoggerMessage(4043, LogLevel.Warning, "The model endpoint refused the credentials (HTTP {Status}): check Extraction:ApiKey, Extraction:Endpoint and Extraction:Model")]
    public static partial void ModelEndpointRefusedKey(ILogger logger, int status);

    [LoggerMessage(4044, LogLevel.Information, "To Do sync queued {Count} people")]
    public static partial void TodoSyncQueued(ILogger logger, int count);

    [LoggerMessage(4045, LogLevel.Error, "To Do sync sweep failed; the next tick retries")]
    public static partial void TodoSyncFailed(ILogger logger, Exception exception);
}
