using System.Globalization;
using ActionTracker.Core.Ports;
using ActionTracker.Core.Work;
using ActionTracker.Storage.DependencyInjection;
using ActionTracker.Storage.Queues;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace ActionTracker.Storage.Tests.Infrastructure;

/// <summary>
/// Real storage for a test: the Azurite started by test.sh (ACTIONTRACKER_TEST_STORAGE), with tables and
/// queues unique to this instance so tests never see each other's data.
/// </summary>
internal sealed class TestStorage : IAsyncDisposable
{
    public const string ConnectionStringVariable = "ACTIONTRACKER_TEST_STORAGE";

    private static int _counter;

    private readonly ServiceProvider _services;

    public TestStorage(IEnumerable<IWorkHandler>? handlers = null, string? connectionString = null)
    {
        Time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero));
        string unique = Environment.ProcessId.ToString(CultureInfo.InvariantCulture)
            + Interlocked.Increment(ref _counter).ToString(CultureInfo.InvariantCulture)
            + Guid.NewGuid().ToString("N")[..6];
        Options = new StorageOptions
        {
            ConnectionString = connectionString ?? ConnectionString,
            TablePrefix = "t" + unique,
            QueueName = "q" + unique,
        };

        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(Time);
        services.AddSingleton(typeof(ILogger<>), typeof(NullLogger<>));
        services.AddSingleton<IOptions<StorageOptions>>(Microsoft.Extensions.Options.Options.Create(Options));
        foreach (IWorkHandler handler in handlers ?? [])
        {
            services.AddSingleton(handler);
        }

        services.AddActionTrackerStorage();
        _services = services.BuildServiceProvider();
    }

    /// <summary>The connection string test.sh exports; tests cannot run without real storage.</summary>
    public static string ConnectionString =>
        Environment.GetEnvironmentVariable(ConnectionStringVariable) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException(
                $"{ConnectionStringVariable} is not set: run the tests through ./test.sh, which starts Azurite and sets it.");

    /// <summary>A connection string to a port nothing listens on.</summary>
    public static string UnreachableConnectionString =>
        "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;"
        + "TableEndpoint=http://127.0.0.1:9/devstoreaccount1;QueueEndpoint=http://127.0.0.1:9/devstoreaccount1;";

    public FakeTimeProvider Time { get; }

    public StorageOptions Options { get; }

    public IActionItemStore Items => _services.GetRequiredService<IActionItemStore>();

    public IDueIndex DueIndex => _services.GetRequiredService<IDueIndex>();

    public IIdempotencyStore Idempotency => _services.GetRequiredService<IIdempotencyStore>();

    public IPersonStore People => _services.GetRequiredService<IPersonStore>();

    public ITeamSettingsStore Settings => _services.GetRequiredService<ITeamSettingsStore>();

    public IWorkQueue WorkQueue => _services.GetRequiredService<IWorkQueue>();

    public WorkQueueProcessor Processor => _services.GetRequiredService<WorkQueueProcessor>();

    public IStorageHealthProbe Health => _services.GetRequiredService<IStorageHealthProbe>();

    public T Get<T>()
        where T : notnull => _services.GetRequiredService<T>();

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
    }
}
