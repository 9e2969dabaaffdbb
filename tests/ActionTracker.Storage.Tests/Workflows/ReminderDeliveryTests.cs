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

/// <summary>Downtime, failing platforms and unreachable people, over real storage.</summary>
public sealed class ReminderDeliveryTests : IAsyncDisposable
{
    // Tuesday 9 March 2027, 10:00 UTC.
    private static readonly DateTimeOffset Restart = new(2027, 3, 9, 10, 0, 0, TimeSpan.Zero);
    private static readonly PersonRef Una = new("U1", "Una");
    private static readonly PersonRef Lee = new("U2", "Lee");

    private readonly TestStorage _storage = new();
    private readonly ScriptedNotifier _notifier = new();
    private readonly TenantKey _tenant = TenantKey.ForSlack("T" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant(), null, false);

    public ValueTask DisposeAsync() => _storage.DisposeAsync();

    [Fact]
    public async Task Restart_AfterAWeekDown_SendsOneCatchUpDmPerPersonWithOnlyTheLatestRungs()
    {
        _storage.Time.SetUtcNow(Restart - TimeSpan.FromDays(10));
        await AddAsync("Overdue since last week", Una, new DateOnly(2027, 3, 2));
        await AddAsync("Due today", Una, new DateOnly(2027, 3, 9));
        await AddAsync("Due Thursday", Una, new DateOnly(2027, 3, 11));
        await AddAsync("Lee's deck", Lee, new DateOnly(2027, 3, 8));

        // The scheduler was down for the whole week; it comes back at Restart and keeps ticking every 5 minutes.
        var sent = new List<ReminderMessage>();
        for (DateTimeOffset now = Restart; now < Restart.AddHours(2); now += SweepLease.Bucket)
        {
            _storage.Time.SetUtcNow(now);
            sent.AddRange(await NewSweep().RunOnceAsync(now, dryRun: false, CancellationToken.None));
        }

        Assert.Equal(2, _notifier.Delivered.Count);
        ReminderMessage una = Assert.Single(sent, m => m.To.Id == Una.Id);
        Assert.Equal(Restart, una.At);
        Assert.Equal(["o5", "d0", "b3"], una.Rungs.Select(r => r.Split(':')[1]));
        Assert.Equal(["o1"], Assert.Single(sent, m => m.To.Id == Lee.Id).Rungs.Select(r => r.Split(':')[1]));
        Assert.StartsWith("Reminder: these 3 items need you:", _notifier.Delivered.Single(d => d.To.Id == Una.Id).Message.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sweep_TransientFailure_BacksOffWhileOthersAreServedThenSendsOnce()
    {
        _storage.Time.SetUtcNow(Restart - TimeSpan.FromDays(1));
        await AddAsync("Flaky platform", Una, new DateOnly(2027, 3, 9));
        await AddAsync("Fine", Lee, new DateOnly(2027, 3, 9));
        _notifier.FailNext(Una.Id, new HttpRequestException("connection reset"), times: 2);

        var attempts = new List<int>();
        for (DateTimeOffset now = Restart; now < Restart.AddMinutes(60); now += SweepLease.Bucket)
        {
            _storage.Time.SetUtcNow(now);
            await NewSweep().RunOnceAsync(now, dryRun: false, CancellationToken.None);
            attempts.Add(_notifier.Attempts(Una.Id));
        }

        // Tries at 10:00 (fails), 10:05 (fails, waits 10 minutes), 10:15 (sent); never again.
        Assert.Equal([1, 2, 2, 3, 3, 3, 3, 3, 3, 3, 3, 3], attempts);
        Assert.Single(_notifier.Delivered, d => d.To.Id == Una.Id);
        Assert.Single(_notifier.Delivered, d => d.To.Id == Lee.Id);
        Assert.Null(await _storage.Get<IDeliveryStatusStore>().GetAsync(_tenant, Una.Id, CancellationToken.None));
    }

    [Fact]
    public async Task Sweep_PersonLeft_IsRecordedOnceAndNotRetriedEveryTick()
    {
        _storage.Time.SetUtcNow(Restart - TimeSpan.FromDays(1));
        await AddAsync("Owner left the workspace", Una, new DateOnly(2027, 3, 9));
        await AddAsync("Still here", Lee, new DateOnly(2027, 3, 9));
        _notifier.FailNext(Una.Id, new RecipientUnreachableException("user_not_found"), times: int.MaxValue);

        for (DateTimeOffset now = Restart; now < Restart.AddDays(3); now += TimeSpan.FromHours(1))
        {
            _storage.Time.SetUtcNow(now);
            await NewSweep().RunOnceAsync(now, dryRun: false, CancellationToken.None);
        }

        Assert.Equal(1, _notifier.Attempts(Una.Id));
        DeliveryFailure failure = Assert.Single(await _storage.Get<IDeliveryStatusStore>().ListUnreachableAsync(_tenant, CancellationToken.None));
        Assert.Equal((Una.Id, "Una", "user_not_found", true, Restart + DeliveryBackoff.UnreachableRecheck), (failure.PersonId, failure.DisplayName, failure.Reason, failure.Permanent, failure.NextAttemptAt));
        Assert.True(_notifier.Delivered.Count(d => d.To.Id == Lee.Id) >= 2);
    }

    [Fact]
    public async Task Sweep_EndlessTransientFailures_GiveUpAfterTheLastAttempt()
    {
        _storage.Time.SetUtcNow(Restart - TimeSpan.FromDays(1));
        await AddAsync("Always 503", Una, new DateOnly(2027, 3, 15));
        _notifier.FailNext(Una.Id, new HttpRequestException("503"), times: int.MaxValue);

        // Working hours only; the ladder keeps offering rungs for days.
        for (DateTimeOffset now = Restart; now < Restart.AddDays(6); now += TimeSpan.FromMinutes(15))
        {
            _storage.Time.SetUtcNow(now);
            await NewSweep().RunOnceAsync(now, dryRun: false, CancellationToken.None);
        }

        Assert.Equal(DeliveryBackoff.MaxAttempts, _notifier.Attempts(Una.Id));
        DeliveryFailure failure = (await _storage.Get<IDeliveryStatusStore>().GetAsync(_tenant, Una.Id, CancellationToken.None))!;
        Assert.True(failure.Permanent);
    }

    private async Task AddAsync(string title, PersonRef owner, DateOnly due)
    {
        var draft = new ActionItem
        {
            Tenant = _tenant,
            Title = title,
            Owner = owner,
            Creator = owner,
            Due = DueDates.Create(new ResolvedDate(due, null), "UTC", "UTC"),
        };
        await _storage.Items.CreateAsync(draft, owner, CancellationToken.None);
    }

    private ReminderSweep NewSweep() =>
        new(_storage.DueIndex, _storage.People, _storage.Settings, _storage.Idempotency, _notifier, _storage.Get<ILeaseStore>(), _storage.Get<IDeliveryStatusStore>());

    /// <summary>Delivers DMs, except to people told to fail, who get the given exception for a number of tries.</summary>
    private sealed class ScriptedNotifier : INotifier
    {
        private readonly ConcurrentDictionary<string, (Exception Error, int Left)> _failures = new(StringComparer.Ordinal);
        private readonly ConcurrentDictionary<string, int> _attempts = new(StringComparer.Ordinal);

        public ConcurrentQueue<(PersonRef To, CommandResult Message)> Delivered { get; } = new();

        public void FailNext(string personId, Exception error, int times) => _failures[personId] = (error, times);

        public int Attempts(string personId) => _attempts.GetValueOrDefault(personId);

        public Task NotifyAsync(TenantKey tenant, PersonRef recipient, CommandResult message, CancellationToken cancellationToken)
        {
            _attempts.AddOrUpdate(recipient.Id, 1, (_, n) => n + 1);
            if (_failures.TryGetValue(recipient.Id, out (Exception Error, int Left) failure) && failure.Left > 0)
            {
                _failures[recipient.Id] = (failure.Error, failure.Left - 1);
                throw failure.Error;
            }

            Delivered.Enqueue((recipient, message));
            return Task.CompletedTask;
        }
    }
}
