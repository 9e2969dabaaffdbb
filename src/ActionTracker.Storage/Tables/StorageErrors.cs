using ActionTracker.Core.Ports;
using Azure;

namespace ActionTracker.Storage.Tables;

/// <summary>Separates "storage is down" from answers the caller must handle (404, 409, 412).</summary>
internal static class StorageErrors
{
    public static bool IsUnavailable(Exception exception, CancellationToken cancellationToken) => exception switch
    {
        RequestFailedException { Status: 0 or 500 or 502 or 503 or 504 } => true,
        AggregateException aggregate => aggregate.InnerExceptions.Count > 0
            && aggregate.InnerExceptions.All(e => IsUnavailable(e, cancellationToken)),
        HttpRequestException => true,
        OperationCanceledException => !cancellationToken.IsCancellationRequested,
        _ => false,
    };

    /// <summary>Runs a storage operation, turning transport failures into <see cref="StorageUnavailableException"/>.</summary>
    public static async Task<T> GuardAsync<T>(Func<Task<T>> operation, CancellationToken cancellationToken)
    {
        try
        {
            return await operation();
        }
        catch (Exception exception) when (IsUnavailable(exception, cancellationToken))
        {
            throw new StorageUnavailableException(StorageUnavailableException.UserMessage, exception);
        }
    }

    public static async Task GuardAsync(Func<Task> operation, CancellationToken cancellationToken)
    {
        try
        {
            await operation();
        }
        catch (Exception exception) when (IsUnavailable(exception, cancellationToken))
        {
            throw new StorageUnavailableException(StorageUnavailableException.UserMessage, exception);
        }
    }
}
