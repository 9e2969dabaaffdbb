using System.Collections.Concurrent;
using ActionTracker.Core.Dates;
using ActionTracker.Core.Digests;
using ActionTracker.Core.Execution;
using ActionTracker.Core.Items;
using ActionTracker.Core.People;
using ActionTracker.Core.Ports;
using ActionTracker.Core.Reminders;
using ActionTracker.Core.Tenancy;
using ActionTracker.Storage.Tests.Infrastructure;
using ActionTracker.TestSupport;

namespace ActionTracker.Storage.Tests.Workflows;

/// <summary>The scheduler's counters move with real sweeps over real storage: sent, failed, deduplicated, runs.</summary>
[Collection(MetricsCollection.Name)]
public sealed class SchedulerMetricsTests : IAsyncDisposable
{
    // Tuesday 9 March 2027, 10:00 UTC.
    private static readonly DateTimeOffset Now = new(2027, 3, 9, 10, 0, 0, TimeSpan.Zero);
    private static readonly PersonRef Una = new("U1", "Una");
    private static readonly PersonRef Lee = new("U2", "Lee");
    private static readonly PersonRef Ola = new("U3", "Ola");
    private static readonly PersonRef Pia = new("U4", "Pia");

    private readonly TestStorage _storage = new();
    private readonly FlakyNotifier _notifier = new();
    private readonly MetricRecorder _metrics = new(SchedulerMetrics.MeterName);
    private readonly TenantKey _tenant = TenantKey.ForSlack("T" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant(), null, false);

    public async ValueTask DisposeAsync()
    {
        _metrics.Dispose();
        await _storage.DisposeAsync();
    }

    [Fact]
    public async Task Sweep_SentThenMetAgain_CountsSentSkippedAndDeduplicated()
    {
        _storage.Time.SetUtcNow(Now - TimeSpan.FromDays(1));
        await AddAsync("Due today", Una, Una, new DateOnly(2027, 3, 9));

        IReadOnlyList<ReminderMessage> first = await SweepAsync(Now);
        IReadOnlyList<ReminderMessage> sameBucket = await SweepAsync(Now.AddMinutes(1));
        IReadOnlyList<ReminderMessage> nextBucket = await SweepAsync(Now + SweepLease.Bucket);

        Assert.Single(first);
        Assert.Empty(sameBucket);
        Assert.Empty(nextBucket);
        Assert.Equal(1, _metrics.Sum("actiontracker.reminders.sent", ("channel", "slack"), ("kind", "reminder")));
        Assert.Equal(1, _metrics.Sum("actiontracker.reminders.deduplicated", ("kind", "reminder"), ("reason", "already_sent")));
        Assert.Equal(2, _metrics.Sum("actiontracker.sweeps", ("sweep", "reminders"), ("outcome", "ran")));
        Assert.Equal(1, _metrics.Sum("actiontracker.sweeps", ("sweep", "reminders"), ("outcome", "skipped")));
        Assert.Equal(0, _metrics.Sum("actiontracker.reminders.failed"));
    }

    [Fact]
    public async Task Sweep_FailuresAndAnEscalation_CountedByKindAndReason()
    {
        _storage.Time.SetUtcNow(Now - TimeSpan.FromDays(1));
        await AddAsync("Flaky platform", Una, Una, new DateOnly(2027, 3, 9));
        await AddAsync("Owner left", Lee, Lee, new DateOnly(2027, 3, 9));
        ActionItem blocked = await AddAsync("Sign the lease", Ola, Pia, new DateOnly(2027, 3, 16));
        ActionItem current = (await _storage.Items.GetAsync(_tenant, blocked.Number, CancellationToken.None))!;
        await _storage.Items.UpdateAsync(current, current with { Status = ItemStatus.Blocked, StatusReason = "waiting on legal" }, Ola, CancellationToken.None);
        _notifier.Fail(Una.Id, new HttpRequestException("connection reset"));
        _notifier.Fail(Lee.Id, new RecipientUnreachableException("user_not_found"));

        await SweepAsync(Now);

        Assert.Equal(1, _metrics.Sum("actiontracker.reminders.failed", ("kind", "reminder"), ("reason", "transient")));
        Assert.Equal(1, _metrics.Sum("actiontracker.reminders.failed", ("kind", "reminder"), ("reason", "unreachable")));
        Assert.Equal(1, _metrics.Sum("actiontracker.reminders.sent", ("kind", "escalation")));
        Assert.Equal(0, _metrics.Sum("actiontracker.reminders.sent", ("kind", "reminder")));
    }

    [Fact]
    public async Task Sweep_CrashAfterTheSendThenTakeover_CountsThePossibleRepeat()
    {
        _storage.Time.SetUtcNow(Now - TimeSpan.FromDays(1));
        await AddAsync("Due today", Una, Una, new DateOnly(2027, 3, 9));

        await Assert.ThrowsAsync<InvalidOperationException>(() => SweepAsync(Now, new CrashAfterSend()));
        DateTimeOffset takeover = Now + ReminderSweep.ClaimStaleAfter + TimeSpan.FromMinutes(1);
        ReminderMessage repeat = Assert.Single(await SweepAsync(takeover));

        Assert.True(repeat.PossibleRepeat);
        Assert.Equal(2, _notifier.Delivered.Count);
        Assert.Equal(1, _metrics.Sum("actiontracker.reminders.deduplicated", ("kind", "reminder"), ("reason", "possible_repeat")));
        Assert.Equal(1, _metrics.Sum("actiontracker.reminders.sent", ("kind", "reminder")));
    }

    [Fact]
    public async Task DigestSweep_PostedOnceThenMetAgain_CountsRunsSentAndDeduplicated()
    {
        await using var bot = new WorkflowHarness();
        await bot.Executor.InstallAsync(bot.Tenant, WorkflowHarness.Ola, CancellationToken.None);
        await bot.RunAsync(WorkflowHarness.Ola, "settings team leadership");
        await bot.RunAsync(WorkflowHarness.Tom, "add Send the pricing deck due tomorrow");
        var poster = new FlakyPoster();

        // Monday 30 Nov 2026, 08:35 in Berlin, after the default schedule (Mondays 08:30): fails once, posts, then is met again.
        var monday = new DateTimeOffset(2026, 11, 30, 7, 35, 0, TimeSpan.Zero);
        poster.FailNext = true;
        foreach (DateTimeOffset now in new[] { monday, monday + SweepLease.Bucket, monday + (2 * SweepLease.Bucket) })
        {
            bot.Storage.Time.SetUtcNow(now);
            await new DigestSweep(
                bot.Storage.Settings, bot.Storage.Items, bot.Storage.Get<IDecisionStore>(), bot.Storage.Idempotency, poster, bot.Storage.Get<ILeaseStore>(), bot.Storage.Get<IDeliveryStatusStore>())
                .RunOnceAsync(now, dryRun: false, CancellationToken.None);
        }

        Assert.Single(poster.Posted);
        Assert.Equal(3, _metrics.Sum("actiontracker.sweeps", ("sweep", "digests"), ("outcome", "ran")));
        Assert.Equal(1, _metrics.Sum("actiontracker.digests.failed", ("channel", "teams"), ("reason", "transient")));
        Assert.Equal(1, _metrics.Sum("actiontracker.digests.sent", ("channel", "teams")));
        Assert.Equal(1, _metrics.Sum("actiontracker.digests.deduplicated", ("channel", "teams"), ("reason", "already_sent")));
    }

    private async Task<ActionItem> AddAsync(string title, PersonRef owner, PersonRef creator, DateOnly due)
    {
        var draft = new ActionItem
        {
            Tenant = _tenant,
            Title = title,
            Owner = owner,
            Creator = creator,
            Due = DueDates.Create(new ResolvedDate(due, null), "UTC", "UTC"),
        };
        return (await _storage.Items.CreateAsync(draft, creator, CancellationToken.None)).Value!;
    }

    private Task<IReadOnlyList<ReminderMessage>> SweepAsync(DateTimeOffset now, ISweepObserver? observer = null)
    {
        _storage.Time.SetUtcNow(now);
        return new ReminderSweep(
            _storage.DueIndex, _storage.People, _storage.Settings, _storage.Idempotency, _notifier, _storage.Get<ILeaseStore>(), _storage.Get<IDeliveryStatusStore>(), observer)
            .RunOnceAsync(now, dryRun: false, CancellationToken.None);
    }

    /// <summary>Stops the sweep right after the platform accepted the DM, before it is marked sent.</summary>
    private sealed class CrashAfterSend : ISweepObserver
    {
        public ValueTask ReachedAsync(SweepCheckpoint checkpoint, TenantKey tenant, string recipientId, CancellationToken cancellationToken) =>
            checkpoint == SweepCheckpoint.AfterSend ? throw new InvalidOperationException("instance stopped") : ValueTask.CompletedTask;
    }

    private sealed class FlakyNotifier : INotifier
    {
        private readonly ConcurrentDictionary<string, Exception> _failures = new(StringComparer.Ordinal);

        public ConcurrentQueue<PersonRef> Delivered { get; } = new();

        public void Fail(string personId, Exception error) => _failures[personId] = error;

        public Task NotifyAsync(TenantKey tenant, PersonRef recipient, CommandResult message, CancellationToken cancellationToken)
        {
            if (_failures.TryGetValue(recipient.Id, out Exception? error))
            {
                throw error;
            }

            Delivered.Enqueue(recipient);
            return Task.CompletedTask;
        }
    }

    private sealed class FlakyPoster : IConversationPoster
    {
        public bool FailNext { get; set; }

        public ConcurrentQueue<string> Posted { get; } = new();

        public Task PostAsync(TenantKey tenant, string conversationId, CommandResult message, CancellationToken cancellationToken)
        {
            if (FailNext)
            {
                FailNext = false;
                throw new HttpRequestException("503");
            }

            Posted.Enqueue(conversationId);
            return Task.CompletedTask;
        }
    }
}
