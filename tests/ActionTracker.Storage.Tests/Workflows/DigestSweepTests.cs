using System.Collections.Concurrent;
using ActionTracker.Core.Digests;
using ActionTracker.Core.Execution;
using ActionTracker.Core.Ports;
using ActionTracker.Core.Reminders;
using ActionTracker.Core.Settings;
using ActionTracker.Core.Tenancy;
using ActionTracker.Core.Views;
using static ActionTracker.Storage.Tests.Workflows.WorkflowHarness;

namespace ActionTracker.Storage.Tests.Workflows;

public sealed class DigestSweepTests : IAsyncDisposable
{
    private readonly WorkflowHarness _bot = new();
    private readonly RecordingPoster _poster = new();

    public ValueTask DisposeAsync() => _bot.DisposeAsync();

    [Fact]
    public async Task Sweep_AtTheTeamsSchedule_PostsTheDigestOnceAcrossInstances()
    {
        await _bot.Executor.InstallAsync(_bot.Tenant, Ola, CancellationToken.None);
        await _bot.RunAsync(Ola, "settings team leadership");
        await _bot.RunAsync(Tom, "add Send the pricing deck due tomorrow");
        await _bot.RunAsync(Tom, "add Book the offsite");
        await _bot.RunAsync(Tom, "done #2");
        await _bot.RunAsync(Tom, "decision Ship v2 in March");

        // Monday 30 Nov 2026, 08:35 in Berlin: five minutes after the default schedule (Mondays 08:30).
        var monday = new DateTimeOffset(2026, 11, 30, 7, 35, 0, TimeSpan.Zero);
        _bot.Storage.Time.SetUtcNow(monday);
        IReadOnlyList<ReminderMessage> preview = await NewSweep().RunOnceAsync(monday, dryRun: true, CancellationToken.None);
        IReadOnlyList<ReminderMessage>[] runs = await Task.WhenAll(NewSweep().RunOnceAsync(monday, false, CancellationToken.None), NewSweep().RunOnceAsync(monday, false, CancellationToken.None));
        IReadOnlyList<ReminderMessage> later = await NewSweep().RunOnceAsync(monday.AddHours(1), dryRun: false, CancellationToken.None);

        Assert.Single(preview);
        Assert.Single(runs.SelectMany(r => r));
        Assert.Empty(later);
        (string conversation, CommandResult message) = Assert.Single(_poster.Posted);
        Assert.Equal(Leadership, conversation);
        DigestView digest = Assert.IsType<DigestView>(Assert.Single(message.Views));
        Assert.Equal(["#2"], digest.Completed.Select(i => i.Number.ToString()));
        Assert.Equal("Ship v2 in March", Assert.Single(digest.Decisions).Text);
        Assert.Contains(digest.NeedsAttention, a => a.Item.Number.ToString() == "#1" && a.Reasons.Contains("overdue"));
    }

    [Fact]
    public void LatestOccurrence_FollowsTheCronInTheTeamsZone()
    {
        var team = new TeamSettings { Tenant = TenantKey.ForTeams("t"), ConversationId = "c", TimeZoneId = "America/New_York" };

        DateTimeOffset? before = DigestSweep.LatestOccurrence(team, new DateTimeOffset(2026, 11, 30, 13, 29, 0, TimeSpan.Zero));
        DateTimeOffset? after = DigestSweep.LatestOccurrence(team, new DateTimeOffset(2026, 11, 30, 13, 30, 0, TimeSpan.Zero));

        Assert.Equal(new DateTimeOffset(2026, 11, 23, 13, 30, 0, TimeSpan.Zero), before);
        Assert.Equal(new DateTimeOffset(2026, 11, 30, 13, 30, 0, TimeSpan.Zero), after);
    }

    private DigestSweep NewSweep() =>
        new(_bot.Storage.Settings, _bot.Storage.Items, _bot.Storage.Get<IDecisionStore>(), _bot.Storage.Idempotency, _poster, _bot.Storage.Get<ILeaseStore>(), _bot.Storage.Get<IDeliveryStatusStore>());

    private sealed class RecordingPoster : IConversationPoster
    {
        public ConcurrentQueue<(string Conversation, CommandResult Message)> Posted { get; } = new();

        public Task PostAsync(TenantKey tenant, string conversationId, CommandResult message, CancellationToken cancellationToken)
        {
            Posted.Enqueue((conversationId, message));
            return Task.CompletedTask;
        }
    }
}
