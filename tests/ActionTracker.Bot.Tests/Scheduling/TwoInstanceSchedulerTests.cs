using System.Globalization;
using ActionTracker.Bot.Tests.Infrastructure;
using ActionTracker.Bot.Tests.Slack;
using ActionTracker.Core.Dates;
using ActionTracker.Core.Items;
using ActionTracker.Core.People;
using ActionTracker.Core.Ports;
using ActionTracker.Core.Reminders;
using ActionTracker.Core.Tenancy;
using ActionTracker.Slack.WebApi;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace ActionTracker.Bot.Tests.Scheduling;

/// <summary>
/// Two bot hosts share one storage account and run the scheduler over the same items; host A is stopped dead at a
/// checkpoint of its third DM and host B carries on. Every DM goes to a local fake Slack, which is the witness: each
/// reminder arrives exactly once, except that a stop between the platform's accept and our mark repeats that one DM
/// (DESIGN §8's declared gap), which host B reports as a possible repeat.
/// </summary>
public sealed class TwoInstanceSchedulerTests
{
    private const int Owners = 6;
    private const int StopAtDm = 3;

    // Tuesday 9 March 2027, 10:00 UTC: every owner's items are due today.
    private static readonly DateTimeOffset Tick = new(2027, 3, 9, 10, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(SweepCheckpoint.BeforeClaim, false)]
    [InlineData(SweepCheckpoint.AfterClaim, false)]
    [InlineData(SweepCheckpoint.AfterSend, true)]
    [InlineData(SweepCheckpoint.AfterMark, false)]
    public async Task Scheduler_HostStoppedAtACheckpoint_OtherHostDeliversEveryReminderOnce(SweepCheckpoint stopAt, bool repeatsOneDm)
    {
        await using FakeSlackApi slack = await FakeSlackApi.StartAsync();
        var time = new FakeTimeProvider(Tick - TimeSpan.FromDays(1));
        using var killer = new StopAt(stopAt, StopAtDm);
        string shared = "s" + Guid.NewGuid().ToString("N")[..12];
        BotFactory hostA = Host(slack, time, shared, killer);
        await using BotFactory hostB = Host(slack, time, shared, observer: null);
        IReadOnlyList<ActionItem> items = await SeedAsync(hostA.Services.GetRequiredService<IActionItemStore>());

        // Host A works the 10:00 bucket and stops dead at its third DM: no cleanup, its lease and claims stay behind.
        time.SetUtcNow(Tick);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Sweep(hostA).RunOnceAsync(Tick, dryRun: false, killer.Token));
        await hostA.DisposeAsync();

        // Host B: the bucket is still leased at 10:00; at 10:03 the lease has expired and B takes the bucket over; at
        // 10:11 A's claims are stale and B retakes them; later ticks find nothing left.
        var fromB = new List<ReminderMessage>();
        foreach (TimeSpan after in new[] { TimeSpan.Zero, TimeSpan.FromMinutes(3), TimeSpan.FromMinutes(11), TimeSpan.FromMinutes(16), TimeSpan.FromHours(1) })
        {
            time.SetUtcNow(Tick + after);
            fromB.AddRange(await Sweep(hostB).RunOnceAsync(Tick + after, dryRun: false, CancellationToken.None));
        }

        List<string> posted = slack.CallsTo("chat.postMessage").Select(c => c.Json["text"]!.GetValue<string>()).ToList();
        Dictionary<string, int> deliveries = items.ToDictionary(i => i.Title, i => posted.Count(text => text.Contains(i.Title, StringComparison.Ordinal)));
        string[] stoppedDm = killer.StoppedRecipient is { } recipient ? items.Where(i => i.Owner!.Id == recipient).Select(i => i.Title).ToArray() : [];
        Assert.All(deliveries, d => Assert.Equal(repeatsOneDm && stoppedDm.Contains(d.Key) ? 2 : 1, d.Value));
        Assert.Equal(Owners + (repeatsOneDm ? 1 : 0), posted.Count);
        Assert.Equal(stopAt is SweepCheckpoint.AfterClaim or SweepCheckpoint.AfterSend, fromB.Any(m => m.PossibleRepeat));
        Assert.All(fromB.Where(m => m.PossibleRepeat), m => Assert.Equal(killer.StoppedRecipient, m.To.Id));
    }

    private static ReminderSweep Sweep(BotFactory host) => host.Services.GetRequiredService<ReminderSweep>();

    private static BotFactory Host(FakeSlackApi slack, FakeTimeProvider time, string sharedStorage, ISweepObserver? observer)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Storage:TablePrefix"] = sharedStorage,
            ["Storage:QueueName"] = sharedStorage,
            ["Storage:EncryptionKey"] = "test-encryption-key",
            ["Scheduler:Enabled"] = "false",
            ["Slack:SigningSecret"] = SlackHarness.SigningSecret,
            ["Slack:AppId"] = SlackHarness.AppId,
            ["Slack:ApiBaseUrl"] = slack.ApiBaseUrl.AbsoluteUri,
            ["Slack:BotToken"] = "xoxb-configured",
        };
        return new BotFactory(
            settings: settings,
            services: services =>
            {
                services.AddSingleton<TimeProvider>(time);

                // Slack pacing waits in real time: on the frozen test clock a paced DM would wait forever.
                services.AddSingleton(new SlackRateLimiter(TimeProvider.System));
                if (observer is not null)
                {
                    services.AddSingleton(observer);
                }
            });
    }

    private static async Task<IReadOnlyList<ActionItem>> SeedAsync(IActionItemStore store)
    {
        TenantKey tenant = SlackHarness.Tenant;
        var items = new List<ActionItem>();
        for (int owner = 0; owner < Owners; owner++)
        {
            var person = new PersonRef("U0OWNER" + owner.ToString(CultureInfo.InvariantCulture), "Owner " + owner.ToString(CultureInfo.InvariantCulture));
            for (int n = 0; n < 2; n++)
            {
                var draft = new ActionItem
                {
                    Tenant = tenant,
                    Title = $"Task {owner}-{n} ({Guid.NewGuid():N})",
                    Owner = person,
                    Creator = person,
                    Due = DueDates.Create(new ResolvedDate(DateOnly.FromDateTime(Tick.UtcDateTime), null), "UTC", "UTC"),
                };
                items.Add((await store.CreateAsync(draft, person, CancellationToken.None)).Value!);
            }
        }

        return items;
    }

    /// <summary>Stops its host at one checkpoint of its n-th DM, as a kill would: nothing after that point runs.</summary>
    private sealed class StopAt : ISweepObserver, IDisposable
    {
        private readonly SweepCheckpoint _checkpoint;
        private readonly int _dm;
        private readonly CancellationTokenSource _kill = new();
        private int _seen;

        public StopAt(SweepCheckpoint checkpoint, int dm)
        {
            _checkpoint = checkpoint;
            _dm = dm;
        }

        public CancellationToken Token => _kill.Token;

        public string? StoppedRecipient { get; private set; }

        public void Dispose() => _kill.Dispose();

        public ValueTask ReachedAsync(SweepCheckpoint checkpoint, TenantKey tenant, string recipientId, CancellationToken cancellationToken)
        {
            if (checkpoint == _checkpoint && ++_seen == _dm)
            {
                StoppedRecipient = recipientId;
                _kill.Cancel();
                cancellationToken.ThrowIfCancellationRequested();
            }

            return ValueTask.CompletedTask;
        }
    }
}
