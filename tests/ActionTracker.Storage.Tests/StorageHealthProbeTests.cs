using ActionTracker.Core.Ports;
using ActionTracker.Storage.Tests.Infrastructure;

namespace ActionTracker.Storage.Tests;

public sealed class StorageHealthProbeTests
{
    [Fact]
    public async Task Check_AzuriteRunning_IsHealthy()
    {
        await using var storage = new TestStorage();

        StorageHealth health = await storage.Health.CheckAsync(CancellationToken.None);

        Assert.True(health.IsHealthy, health.Reason);
    }

    [Fact]
    public async Task Check_NothingListening_IsUnhealthyWithAReason()
    {
        await using var storage = new TestStorage(connectionString: TestStorage.UnreachableConnectionString);

        StorageHealth health = await storage.Health.CheckAsync(CancellationToken.None);

        Assert.False(health.IsHealthy);
        Assert.StartsWith("table storage does not answer", health.Reason, StringComparison.Ordinal);
    }
}
