using System.Globalization;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace ActionTracker.Bot.Tests.Infrastructure;

/// <summary>The real host over real Azurite storage (tables and queue unique to this factory).</summary>
internal sealed class BotFactory : WebApplicationFactory<Program>
{
    public const string ConnectionStringVariable = "ACTIONTRACKER_TEST_STORAGE";

    public const string UnreachableConnectionString =
        "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;"
        + "TableEndpoint=http://127.0.0.1:9/devstoreaccount1;QueueEndpoint=http://127.0.0.1:9/devstoreaccount1;";

    private static int _counter;

    private readonly string _connectionString;
    private readonly Action<IServiceCollection>? _services;
    private readonly IReadOnlyDictionary<string, string?> _settings;

    /// <param name="settings">Extra configuration (e.g. <c>Teams:AppId</c>), applied after the storage settings.</param>
    public BotFactory(string? connectionString = null, Action<IServiceCollection>? services = null, IReadOnlyDictionary<string, string?>? settings = null, string environment = "Testing")
    {
        _connectionString = connectionString ?? StorageConnectionString;
        _services = services;
        _settings = settings ?? new Dictionary<string, string?>();
        Environment = environment;
        Unique = "b" + System.Environment.ProcessId.ToString(CultureInfo.InvariantCulture)
            + Interlocked.Increment(ref _counter).ToString(CultureInfo.InvariantCulture)
            + Guid.NewGuid().ToString("N")[..6];
    }

    public static string StorageConnectionString =>
        System.Environment.GetEnvironmentVariable(ConnectionStringVariable) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException($"{ConnectionStringVariable} is not set: run the tests through ./test.sh, which starts Azurite and sets it.");

    public string Unique { get; }

    public string Environment { get; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(Environment);
        builder.UseSetting("Storage:ConnectionString", _connectionString);
        builder.UseSetting("Storage:TablePrefix", Unique);
        builder.UseSetting("Storage:QueueName", Unique);
        builder.UseSetting("Worker:PollInterval", "00:00:00.100");
        foreach ((string key, string? value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        if (_services is not null)
        {
            builder.ConfigureTestServices(_services);
        }
    }
}
