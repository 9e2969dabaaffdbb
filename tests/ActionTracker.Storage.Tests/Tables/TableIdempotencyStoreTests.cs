using ActionTracker.Core.Ports;
using ActionTracker.Core.Tenancy;
using ActionTracker.Storage.Tests.Infrastructure;

namespace ActionTracker.Storage.Tests.Tables;

public sealed class TableIdempotencyStoreTests : IAsyncDisposable
{
    private static readonly TimeSpan StaleAfter = TimeSpan.FromMinutes(2);

    private readonly TestStorage _storage = new();

    public ValueTask DisposeAsync() => _storage.DisposeAsync();

    [Fact]
    public async Task TryClaim_SecondClaimWhileFirstIsFresh_IsInProgress()
    {
        TenantKey tenant = Items.NewTenant();

        IdempotencyClaim first = await _storage.Idempotency.TryClaimAsync(tenant, "slack:Ev123", StaleAfter, CancellationToken.None);
        IdempotencyClaim second = await _storage.Idempotency.TryClaimAsync(tenant, "slack:Ev123", StaleAfter, CancellationToken.None);

        Assert.Equal(ClaimState.Claimed, first.State);
        Assert.Equal(ClaimState.InProgress, second.State);
    }

    [Fact]
    public async Task TryClaim_AfterCompletion_IsAlreadyCompleted()
    {
        TenantKey tenant = Items.NewTenant();
        IdempotencyClaim claim = await _storage.Idempotency.TryClaimAsync(tenant, "activity-1", StaleAfter, CancellationToken.None);

        bool completed = await _storage.Idempotency.CompleteAsync(claim, CancellationToken.None);
        _storage.Time.Advance(TimeSpan.FromHours(1));
        IdempotencyClaim redelivered = await _storage.Idempotency.TryClaimAsync(tenant, "activity-1", StaleAfter, CancellationToken.None);

        Assert.True(completed);
        Assert.Equal(ClaimState.AlreadyCompleted, redelivered.State);
    }

    [Fact]
    public async Task TryClaim_StaleClaimOfACrashedWorker_IsRetakenAndTheOldHolderCannotComplete()
    {
        TenantKey tenant = Items.NewTenant();
        IdempotencyClaim crashed = await _storage.Idempotency.TryClaimAsync(tenant, "work-7", StaleAfter, CancellationToken.None);
        _storage.Time.Advance(StaleAfter + TimeSpan.FromSeconds(1));

        IdempotencyClaim retaken = await _storage.Idempotency.TryClaimAsync(tenant, "work-7", StaleAfter, CancellationToken.None);
        bool lateCompletion = await _storage.Idempotency.CompleteAsync(crashed, CancellationToken.None);
        bool completion = await _storage.Idempotency.CompleteAsync(retaken, CancellationToken.None);

        Assert.Equal(ClaimState.Claimed, retaken.State);
        Assert.False(lateCompletion);
        Assert.True(completion);
    }

    [Fact]
    public async Task Release_LetsTheWorkBeClaimedAgainAtOnce()
    {
        TenantKey tenant = Items.NewTenant();
        IdempotencyClaim claim = await _storage.Idempotency.TryClaimAsync(tenant, "k", StaleAfter, CancellationToken.None);

        await _storage.Idempotency.ReleaseAsync(claim, CancellationToken.None);
        IdempotencyClaim again = await _storage.Idempotency.TryClaimAsync(tenant, "k", StaleAfter, CancellationToken.None);

        Assert.Equal(ClaimState.Claimed, again.State);
    }

    [Fact]
    public async Task TryClaim_TwentyConcurrentClaimers_ExactlyOneWins()
    {
        TenantKey tenant = Items.NewTenant();

        IdempotencyClaim[] claims = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ =>
            Task.Run(() => _storage.Idempotency.TryClaimAsync(tenant, "race", StaleAfter, CancellationToken.None))));

        Assert.Single(claims, c => c.State == ClaimState.Claimed);
    }

    [Fact]
    public async Task TryClaim_SameKeyInAnotherTenant_IsIndependent()
    {
        IdempotencyClaim mine = await _storage.Idempotency.TryClaimAsync(Items.NewTenant(), "Ev1", StaleAfter, CancellationToken.None);
        IdempotencyClaim theirs = await _storage.Idempotency.TryClaimAsync(Items.NewTenant(), "Ev1", StaleAfter, CancellationToken.None);

        Assert.Equal(ClaimState.Claimed, mine.State);
        Assert.Equal(ClaimState.Claimed, theirs.State);
    }

    [Theory]
    [InlineData("a/b#c?d\\e")]
    [InlineData("' or 1 eq 1")]
    public async Task TryClaim_HostileKeys_AreEscaped(string key)
    {
        TenantKey tenant = Items.NewTenant();

        IdempotencyClaim first = await _storage.Idempotency.TryClaimAsync(tenant, key, StaleAfter, CancellationToken.None);
        IdempotencyClaim second = await _storage.Idempotency.TryClaimAsync(tenant, key, StaleAfter, CancellationToken.None);

        Assert.Equal(ClaimState.Claimed, first.State);
        Assert.Equal(ClaimState.InProgress, second.State);
    }

    [Fact]
    public async Task TryClaim_ControlCharacterOrOversizedKey_IsRejected()
    {
        TenantKey tenant = Items.NewTenant();

        await Assert.ThrowsAsync<ArgumentException>(() => _storage.Idempotency.TryClaimAsync(tenant, "a\u0001b", StaleAfter, CancellationToken.None));
        await Assert.ThrowsAsync<ArgumentException>(() => _storage.Idempotency.TryClaimAsync(tenant, new string('k', 2048), StaleAfter, CancellationToken.None));
    }
}
