using System.Collections.Concurrent;
using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Data.Tables;
using Microsoft.Extensions.Options;

namespace ActionTracker.Storage.Tables;

/// <summary>
/// The service client and the tables of this deployment. Tables are created on first use rather than at start,
/// so the process starts (and reports not-ready) while storage is down, and recovers when it comes back.
/// </summary>
internal sealed class StorageTables
{
    private readonly ConcurrentDictionary<string, TableClient> _ready = new(StringComparer.Ordinal);
    private readonly string _prefix;

    public StorageTables(IOptions<StorageOptions> options)
        : this(options, observer: null)
    {
    }

    /// <summary>With an <paramref name="observer"/> policy on every request, e.g. to count round trips in benchmarks.</summary>
    internal StorageTables(IOptions<StorageOptions> options, HttpPipelinePolicy? observer)
    {
        StorageOptions value = options.Value;
        _prefix = value.TablePrefix;
        var clientOptions = new TableClientOptions();
        ConfigureRetry(clientOptions.Retry);
        if (observer is not null)
        {
            clientOptions.AddPolicy(observer, HttpPipelinePosition.PerRetry);
        }

        Service = new TableServiceClient(value.ConnectionString, clientOptions);
    }

    public TableServiceClient Service { get; }

    public string FullName(string table) => _prefix + table;

    public async ValueTask<TableClient> GetAsync(string table, CancellationToken cancellationToken)
    {
        if (_ready.TryGetValue(table, out TableClient? client))
        {
            return client;
        }

        client = Service.GetTableClient(FullName(table));
        await client.CreateIfNotExistsAsync(cancellationToken);
        return _ready.GetOrAdd(table, client);
    }

    /// <summary>Few, quick retries: a request waiting on storage should fail fast with a clear message.</summary>
    public static void ConfigureRetry(RetryOptions retry)
    {
        ArgumentNullException.ThrowIfNull(retry);
        retry.MaxRetries = 2;
        retry.Mode = RetryMode.Exponential;
        retry.Delay = TimeSpan.FromMilliseconds(100);
        retry.MaxDelay = TimeSpan.FromSeconds(1);
        retry.NetworkTimeout = TimeSpan.FromSeconds(10);
    }
}
