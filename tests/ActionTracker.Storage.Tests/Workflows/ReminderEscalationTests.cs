using ActionTracker.Core.Dates;
using ActionTracker.Core.Items;
using ActionTracker.Core.People;
using ActionTracker.Core.Ports;
using ActionTracker.Core.Reminders;
using ActionTracker.Core.Tenancy;
using ActionTracker.Storage.Tests.Infrastructure;

namespace ActionTracker.Storage.Tests.Workflows;

/// <summary>Blocked items are raised to their creator at the next sweep, once per blocking reason.</summary>
public sealed class ReminderEscalationTests : IAsyncDisposable
{
    // Tuesday 9 March 2027, 10:00 UTC.
    private static readonly DateTimeOffset Now = new(2027, 3, 9, 10, 0, 0, TimeSpan.Zero);
    private static readonly PersonRef Owner = new("U1", "Una");
    private static readonly PersonRef Creator = new("U2", "Lee");

    private readonly TestStorage _storage = new();
    private readonly RecordingNotifier _notifier = new();
    private readonly TenantKey _tenant = TenantKey.ForSlack("T" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant(), null, false);

    public ValueTask DisposeAsync() => _storage.DisposeAsync();

    [Fact]
    public async Task Sweep_ItemBlocked_RaisedToTheCreatorAtOnceAndOncePerReason()
    {
        _storage.Time.SetUtcNow(Now - TimeSpan.FromDays(1));
        ActionItem item = (await _storage.Items.CreateAsync(
            new ActionItem { Tenant = _tenant, Title = "Sign the lease", Owner = Owner, Creator = Creator, Due = DueDates.Create(new ResolvedDate(new DateOnly(2027, 3, 16), null), "UTC", "UTC") },
            Creator,
            CancellationToken.None)).Value!;
        await BlockAsync(item.Number, "waiting on legal");

        List<ReminderMessage> first = await SweepsAsync(Now, Now.AddMinutes(30));
        await BlockAsync(item.Number, "landlord unreachable");
        List<ReminderMessage> second = await SweepsAsync(Now.AddHours(1), Now.AddHours(2));

        ReminderMessage raised = Assert.Single(first);
        Assert.Equal(("escalation", Creator.Id), (raised.Kind, raised.To.Id));
        Assert.Equal(Now, raised.At);
        Assert.Contains("blocked: waiting on legal", Assert.Single(_notifier.Sent, s => s.To.Id == Creator.Id && s.Message.Text.Contains("legal", StringComparison.Ordinal)).Message.Text, StringComparison.Ordinal);
        Assert.Equal(("escalation", Creator.Id), (Assert.Single(second).Kind, second[0].To.Id));
    }

    private async Task BlockAsync(ItemNumber number, string reason)
    {
        ActionItem current = (await _storage.Items.GetAsync(_tenant, number, CancellationToken.None))!;
        await _storage.Items.UpdateAsync(current, current with { Status = ItemStatus.Blocked, StatusReason = reason }, Owner, CancellationToken.None);
    }

    private async Task<List<ReminderMessage>> SweepsAsync(DateTimeOffset from, DateTimeOffset until)
    {
        var sent = new List<ReminderMessage>();
        for (DateTimeOffset now = from; now < until; now += SweepLease.Bucket)
        {
            _storage.Time.SetUtcNow(now);
            sent.AddRange(await new ReminderSweep(
                _storage.DueIndex, _storage.People, _storage.Settings, _storage.Idempotency, _notifier, _storage.Get<ILeaseStore>(), _storage.Get<IDeliveryStatusStore>())
                .RunOnceAsync(now, dryRun: false, CancellationToken.None));
        }

        return sent;
    }
}
