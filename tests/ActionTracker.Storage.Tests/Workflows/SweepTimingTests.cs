using System.Collections.Concurrent;
using ActionTracker.Core.Dates;
using ActionTracker.Core.Execution;
using ActionTracker.Core.Items;
using ActionTracker.Core.People;
using ActionTracker.Core.Ports;
using ActionTracker.Core.Reminders;
using ActionTracker.Core.Tenancy;
using ActionTracker.Storage.Tests.Infrastructure;

namespace ActionTracker.Storage.Tests.Workflows;

/// <summary>The configurable sweep timing (Scheduler:LeaseBucket and friends) over real storage.</summary>
public sealed class SweepTimingTests : IAsyncDisposable
{
    // Tuesday 9 March 2027, 10:00 UTC.
    private static readonly DateTimeOffset Start = new(2027, 3, 9, 10, 0, 0, TimeSpan.Zero);
    private static readonly SweepTiming Fast = new(TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(4), TimeSpan.FromSeconds(8));
    private static readonly PersonRef Una = new("U1", "Una");
    private static readonly PersonRef Lee = new("U2", "Lee");

    private readonly TestStorage _storage = new();
    private readonly RecordingNotifier _notifier = new();
    private readonly TenantKey _tenant = TenantKey.ForSlack("T" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant(), null, false);

    public ValueTask DisposeAsync() => _storage.DisposeAsync();

    [Fact]
    public async Task Sweep_ShortBucket_DeliversADeadlineAddedAfterTheBucketWasWorkedInTheNextBucket()
    {
        _storage.Time.SetUtcNow(Start);
        await AddAsync("First", Una);
        Assert.Single(await SweepAsync(Fast, Start));

        await AddAsync("Second", Lee);
        Assert.Empty(await SweepAsync(Fast, Start.AddSeconds(5)));
        ReminderMessage next = Assert.Single(await SweepAsync(Fast, Start.AddSeconds(10)));

        Assert.Equal(Lee.Id, next.To.Id);
        Assert.Empty(await SweepAsync(Fast, Start.AddSeconds(20)));
        Assert.Equal(["U1", "U2"], _notifier.Delivered.Select(d => d.Id));
    }

    [Fact]
    public async Task Sweep_ShortLease_AnotherInstanceTakesOverAStoppedBucketAndRetakesItsClaimOnce()
    {
        _storage.Time.SetUtcNow(Start);
        await AddAsync("Claimed by a stopped instance", Una);
        await AddAsync("Never reached", Lee);
        using var stop = new CancellationTokenSource();
        var stopped = new ReminderSweep(
            _storage.DueIndex, _storage.People, _storage.Settings, _storage.Idempotency, _notifier, _storage.Get<ILeaseStore>(), _storage.Get<IDeliveryStatusStore>(), new StopAfterFirstClaim(stop), Fast);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => stopped.RunOnceAsync(Start, dryRun: false, stop.Token));

        // Inside the lease nothing moves; once it expires the bucket is taken over, and the stale claim is retaken.
        _storage.Time.SetUtcNow(Start.AddSeconds(2));
        Assert.Empty(await SweepAsync(Fast, Start.AddSeconds(2)));
        _storage.Time.SetUtcNow(Start.AddSeconds(9));
        List<ReminderMessage> sent = [.. await SweepAsync(Fast, Start.AddSeconds(9))];
        _storage.Time.SetUtcNow(Start.AddSeconds(30));
        sent.AddRange(await SweepAsync(Fast, Start.AddSeconds(30)));

        Assert.Equal(2, sent.Count);
        Assert.True(Assert.Single(sent, m => m.To.Id == Una.Id).PossibleRepeat);
        Assert.False(Assert.Single(sent, m => m.To.Id == Lee.Id).PossibleRepeat);
    }

    private async Task AddAsync(string title, PersonRef owner)
    {
        var draft = new ActionItem
        {
            Tenant = _tenant,
            Title = title,
            Owner = owner,
            Creator = owner,
            Due = DueDates.Create(new ResolvedDate(DateOnly.FromDateTime(Start.UtcDateTime), null), "UTC", "UTC"),
        };
        await _storage.Items.CreateAsync(draft, owner, CancellationToken.None);
    }

    private Task<IReadOnlyList<ReminderMessage>> SweepAsync(SweepTiming timing, DateTimeOffset now) =>
        new ReminderSweep(_storage.DueIndex, _storage.People, _storage.Settings, _storage.Idempotency, _notifier, _storage.Get<ILeaseStore>(), _storage.Get<IDeliveryStatusStore>(), timing: timing)
            .RunOnceAsync(now, dryRun: false, CancellationToken.None);

    private sealed class RecordingNotifier : INotifier
    {
        public ConcurrentQueue<PersonRef> Delivered { get; } = new();

        public Task NotifyAsync(TenantKey tenant, PersonRef recipient, CommandResult message, CancellationToken cancellationToken)
        {
            Delivered.Enqueue(recipient);
            return Task.CompletedTask;
        }
    }

    /// <summary>Stops the sweep dead right after its first claim, as a kill would: lease and claim stay behind.</summary>
    private sealed class StopAfterFirstClaim(CancellationTokenSource stop) : ISweepObserver
    {
        public ValueTask ReachedAsync(SweepCheckpoint checkpoint, TenantKey tenant, string recipientId, CancellationToken cancellationToken)
        {
            if (checkpoint == SweepCheckpoint.AfterClaim)
            {
                stop.Cancel();
                cancellationToken.ThrowIfCancellationRequested();
            }

            return ValueTask.CompletedTask;
        }
    }
}
