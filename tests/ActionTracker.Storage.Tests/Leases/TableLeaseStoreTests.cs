using ActionTracker.Core.Ports;
using ActionTracker.Storage.Tests.Infrastructure;

namespace ActionTracker.Storage.Tests.Leases;

public sealed class TableLeaseStoreTests : IAsyncDisposable
{
    private static readonly TimeSpan Duration = TimeSpan.FromMinutes(2);

    private readonly TestStorage _storage = new();

    public ValueTask DisposeAsync() => _storage.DisposeAsync();

    private ILeaseStore Leases => _storage.Get<ILeaseStore>();

    [Fact]
    public async Task TryAcquire_WhileAnotherHolderIsFresh_IsRefused()
    {
        Lease? first = await Leases.TryAcquireAsync("reminders|202703091000", "a", Duration, CancellationToken.None);
        Lease? second = await Leases.TryAcquireAsync("reminders|202703091000", "b", Duration, CancellationToken.None);

        Assert.NotNull(first);
        Assert.False(first.TookOver);
        Assert.Null(second);
    }

    [Fact]
    public async Task TryAcquire_AfterTheHolderStoppedAndTheLeaseExpired_TakesOverOnceAndFencesTheOldHolder()
    {
        Lease first = (await Leases.TryAcquireAsync("reminders|202703091005", "a", Duration, CancellationToken.None))!;
        _storage.Time.Advance(Duration + TimeSpan.FromSeconds(1));

        Lease?[] racers = await Task.WhenAll(
            Leases.TryAcquireAsync("reminders|202703091005", "b", Duration, CancellationToken.None),
            Leases.TryAcquireAsync("reminders|202703091005", "c", Duration, CancellationToken.None));
        Lease? oldHolderRenews = await Leases.RenewAsync(first, Duration, CancellationToken.None);

        Lease winner = Assert.Single(racers, r => r is not null)!;
        Assert.True(winner.TookOver);
        Assert.Null(oldHolderRenews);
    }

    [Fact]
    public async Task Renew_ByTheHolder_ExtendsTheLeaseSoNobodyTakesOver()
    {
        Lease lease = (await Leases.TryAcquireAsync("digests|202703091010", "a", Duration, CancellationToken.None))!;
        _storage.Time.Advance(TimeSpan.FromMinutes(1.5));

        Lease? renewed = await Leases.RenewAsync(lease, Duration, CancellationToken.None);
        _storage.Time.Advance(TimeSpan.FromMinutes(1));
        Lease? other = await Leases.TryAcquireAsync("digests|202703091010", "b", Duration, CancellationToken.None);

        Assert.NotNull(renewed);
        Assert.Equal(_storage.Time.GetUtcNow() - TimeSpan.FromMinutes(1) + Duration, renewed.ExpiresAt);
        Assert.Null(other);
    }

    [Fact]
    public async Task TryAcquire_ACompletedBucket_IsNeverTakenAgain()
    {
        Lease lease = (await Leases.TryAcquireAsync("reminders|202703091015", "a", Duration, CancellationToken.None))!;
        await Leases.CompleteAsync(lease, CancellationToken.None);
        _storage.Time.Advance(TimeSpan.FromHours(1));

        Lease? again = await Leases.TryAcquireAsync("reminders|202703091015", "b", Duration, CancellationToken.None);
        Lease? nextBucket = await Leases.TryAcquireAsync("reminders|202703091020", "b", Duration, CancellationToken.None);

        Assert.Null(again);
        Assert.NotNull(nextBucket);
    }

    [Theory]
    [InlineData("reminders|2027/03#09?")]
    [InlineData("plain name with ünïcødé 🎉")]
    public async Task TryAcquire_NamesWithKeyCharacters_AreEscaped(string name)
    {
        Lease? lease = await Leases.TryAcquireAsync(name, "a", Duration, CancellationToken.None);

        Assert.NotNull(lease);
        Assert.Null(await Leases.TryAcquireAsync(name, "b", Duration, CancellationToken.None));
    }
    [Fact]
    public async Task DeleteBefore_RemovesFinishedAndExpiredRowsOfThatSweepOnly_KeepsHeldAndLaterOnes()
    {
        Lease done = (await Leases.TryAcquireAsync("reminders|202703080900", "a", Duration, CancellationToken.None))!;
        await Leases.CompleteAsync(done, CancellationToken.None);
        await Leases.TryAcquireAsync("reminders|202703080905", "a", Duration, CancellationToken.None);
        _storage.Time.Advance(Duration + TimeSpan.FromSeconds(1));
        await Leases.TryAcquireAsync("reminders|202703080910", "b", TimeSpan.FromHours(1), CancellationToken.None);
        Lease later = (await Leases.TryAcquireAsync("reminders|202703091000", "a", Duration, CancellationToken.None))!;
        await Leases.CompleteAsync(later, CancellationToken.None);
        Lease otherSweep = (await Leases.TryAcquireAsync("digests|202703080900", "a", Duration, CancellationToken.None))!;
        await Leases.CompleteAsync(otherSweep, CancellationToken.None);

        int deleted = await Leases.DeleteBeforeAsync("reminders|202703090000", 100, CancellationToken.None);

        Assert.Equal(2, deleted);
        Assert.NotNull(await Leases.TryAcquireAsync("reminders|202703080900", "c", Duration, CancellationToken.None));
        Assert.Null(await Leases.TryAcquireAsync("reminders|202703080910", "c", Duration, CancellationToken.None));
        Assert.Null(await Leases.TryAcquireAsync("reminders|202703091000", "c", Duration, CancellationToken.None));
        Assert.Null(await Leases.TryAcquireAsync("digests|202703080900", "c", Duration, CancellationToken.None));
    }

    [Fact]
    public async Task DeleteBefore_StopsAtTheGivenNumber()
    {
        for (int minute = 0; minute < 5; minute++)
        {
            Lease lease = (await Leases.TryAcquireAsync("retention|2027030809" + minute.ToString("00", System.Globalization.CultureInfo.InvariantCulture), "a", Duration, CancellationToken.None))!;
            await Leases.CompleteAsync(lease, CancellationToken.None);
        }

        Assert.Equal(3, await Leases.DeleteBeforeAsync("retention|202703091000", 3, CancellationToken.None));
        Assert.Equal(2, await Leases.DeleteBeforeAsync("retention|202703091000", 3, CancellationToken.None));
        Assert.Equal(0, await Leases.DeleteBeforeAsync("retention|202703091000", 3, CancellationToken.None));
    }
}
