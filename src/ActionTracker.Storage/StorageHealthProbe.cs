using ActionTracker.Core.Ports;
using ActionTracker.Storage.Queues;
using ActionTracker.Storage.Tables;
using Azure;

namespace ActionTracker.Storage;

/// <summary>Readiness: both the Table and the Queue service answer within a few seconds.</summary>
internal sealed class StorageHealthProbe : IStorageHealthProbe
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(3);

    private readonly StorageTables _tables;
    private readonly StorageQueues _queues;

    public StorageHealthProbe(StorageTables tables, StorageQueues queues)
    {
        _tables = tables;
        _queues = queues;
    }

    public async Task<StorageHealth> CheckAsync(CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(Timeout);
        try
        {
            await foreach (Page<Azure.Data.Tables.Models.TableItem> _ in _tables.Service.QueryAsync(maxPerPage: 1, cancellationToken: timeout.Token).AsPages(pageSizeHint: 1))
            {
                break;
            }
        }
        catch (Exception exception) when (exception is RequestFailedException or OperationCanceledException or AggregateException or HttpRequestException
            && !cancellationToken.IsCancellationRequested)
        {
            return new StorageHealth(false, "table storage does not answer: " + Describe(exception));
        }

        try
        {
            await foreach (Page<Azure.Storage.Queues.Models.QueueItem> _ in _queues.Service.GetQueuesAsync(cancellationToken: timeout.Token).AsPages(pageSizeHint: 1))
            {
                break;
            }
        }
        catch (Exception exception) when (exception is RequestFailedException or OperationCanceledException or AggregateException or HttpRequestException
            && !cancellationToken.IsCancellationRequested)
        {
            return new StorageHealth(false, "queue storage does not answer: " + Describe(exception));
        }

        return new StorageHealth(true, null);
    }

    private static string Describe(Exception exception) => exception switch
    {
        OperationCanceledException => $"no answer within {Timeout.TotalSeconds:0} s",
        RequestFailedException { Status: > 0 } failed => $"status {failed.Status} ({failed.ErrorCode})",
        _ => "connection failed",
    };
}
