using ActionTracker.Storage.Tables;
using Azure.Storage.Queues;
using Microsoft.Extensions.Options;

namespace ActionTracker.Storage.Queues;

/// <summary>The work queue and its poison queue, created on first use like the tables.</summary>
internal sealed class StorageQueues
{
    private readonly QueueClient _work;
    private readonly QueueClient _poison;
    private volatile bool _created;

    public StorageQueues(IOptions<StorageOptions> options)
    {
        StorageOptions value = options.Value;
        var clientOptions = new QueueClientOptions { MessageEncoding = QueueMessageEncoding.Base64 };
        StorageTables.ConfigureRetry(clientOptions.Retry);
        Service = new QueueServiceClient(value.ConnectionString, clientOptions);
        _work = Service.GetQueueClient(value.QueueName);
        _poison = Service.GetQueueClient(value.QueueName + "-poison");
    }

    public QueueServiceClient Service { get; }

    public async ValueTask<QueueClient> GetWorkAsync(CancellationToken cancellationToken)
    {
        await EnsureCreatedAsync(cancellationToken);
        return _work;
    }

    public async ValueTask<QueueClient> GetPoisonAsync(CancellationToken cancellationToken)
    {
        await EnsureCreatedAsync(cancellationToken);
        return _poison;
    }

    private async ValueTask EnsureCreatedAsync(CancellationToken cancellationToken)
    {
        if (_created)
        {
            return;
        }

        await _work.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
        await _poison.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
        _created = true;
    }
}
