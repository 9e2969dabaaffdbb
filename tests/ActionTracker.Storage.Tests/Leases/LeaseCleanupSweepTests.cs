using ActionTracker.Core.Ports;
using ActionTracker.Core.Reminders;
using ActionTracker.Storage.Tests.Infrastructure;

namespace ActionTracker.Storage.Tests.Leases;

/// <summary>Old sweep buckets' lease rows are deleted by one instance a day later; current ones stay in force.</summary>
public sealed class LeaseCleanupSweepTests : IAsyncDisposable
{
    private readonly TestStorage _storage = new();

    public ValueTask DisposeAsync() => _storage.DisposeAsync();

    private ILeaseStore Leases => _storage.Get<ILeaseStore>();

    [Fact]
    public async Task RunOnce_DeletesBucketsOlderThanADay_KeepsRecentOnes_SecondInstanceSkips()
    {
        DateTimeOffset start = _storage.Time.GetUtcNow();
        string old = SweepLease.Name("reminders", start);
        Lease oldLease = (await Leases.TryAcquireAsync(old, "a", SweepLease.Duration, CancellationToken.None))!;
        await Leases.CompleteAsync(oldLease, CancellationToken.None);
        _storage.Time.Advance(TimeSpan.FromDays(1) + TimeSpan.FromMinutes(10));
        DateTimeOffset now = _storage.Time.GetUtcNow();
        string recent = SweepLease.Name("digests", now - TimeSpan.FromHours(1));
        Lease recentLease = (await Leases.TryAcquireAsync(recent, "a", SweepLease.Duration, CancellationToken.None))!;
        await Leases.CompleteAsync(recentLease, CancellationToken.None);

        int first = await new LeaseCleanupSweep(Leases).RunOnceAsync(now, CancellationToken.None);
        int second = await new LeaseCleanupSweep(Leases).RunOnceAsync(now, CancellationToken.None);

        Assert.Equal(1, first);
        Assert.Equal(0, second);
        Assert.NotNull(await Leases.TryAcquireAsync(old, "b", SweepLease.Duration, CancellationToken.None));
        Assert.Null(await Leases.TryAcquireAsync(recent, "b", SweepLease.Duration, CancellationToken.None));
    }
}
