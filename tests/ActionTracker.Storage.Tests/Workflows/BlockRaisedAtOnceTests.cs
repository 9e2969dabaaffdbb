using ActionTracker.Core.Execution;
using ActionTracker.Core.Items;
using ActionTracker.Core.People;
using ActionTracker.Core.Ports;
using ActionTracker.Core.Reminders;
using static ActionTracker.Storage.Tests.Workflows.WorkflowHarness;

namespace ActionTracker.Storage.Tests.Workflows;

/// <summary>
/// <c>block #N reason</c> raises the item to its creator at once, and the reminder sweep does not raise the same block
/// again (one DM per blocking reason); an item blocked by other means is still raised by the sweep.
/// </summary>
public sealed class BlockRaisedAtOnceTests : IAsyncDisposable
{
    private readonly WorkflowHarness _bot = new();
    private readonly CommandExecutor _executor;

    public BlockRaisedAtOnceTests()
    {
        _executor = new CommandExecutor(
            _bot.Storage.Items, _bot.Storage.People, _bot.Storage.Get<IDecisionStore>(), _bot.Storage.Get<IListCursorStore>(), _bot.Storage.Get<IGoalStore>(),
            _bot.Storage.Settings, _bot.Directory, _bot.Notifier, _bot.Storage.Time, claims: _bot.Storage.Idempotency);
    }

    public ValueTask DisposeAsync() => _bot.DisposeAsync();

    [Fact]
    public async Task Block_ByTheOwner_RaisesToTheCreatorAtOnce_AndTheSweepDoesNotRaiseItAgain()
    {
        ActionItem item = await CreateAsync("Sign the lease");
        ActionItem control = await CreateAsync("Order the furniture");
        await BlockInStoreAsync(control, "supplier closed");

        CommandResult blocked = await RunAsync(Maria, $"block #{item.Number.Value} waiting on legal");
        List<string> atOnce = DmsTo(Tom);
        List<ReminderMessage> swept = await SweepsAsync(2);
        CommandResult reblocked = await RunAsync(Maria, $"block #{item.Number.Value} landlord unreachable");
        List<ReminderMessage> sweptAgain = await SweepsAsync(2);

        Assert.True(blocked.Succeeded, blocked.Text);
        Assert.True(reblocked.Succeeded, reblocked.Text);
        string dm = Assert.Single(atOnce);
        Assert.Contains("Maria Garcia blocked an item you created", dm, StringComparison.Ordinal);
        Assert.Contains("blocked: waiting on legal", dm, StringComparison.Ordinal);

        // The sweep raises only the item blocked outside the command, once.
        ReminderMessage escalation = Assert.Single(swept);
        Assert.Equal(("escalation", Tom.Id, control.Number), (escalation.Kind, escalation.To.Id, Assert.Single(escalation.Items)));
        Assert.Empty(sweptAgain);
        List<string> all = DmsTo(Tom);
        Assert.Equal(3, all.Count);
        Assert.Contains("blocked: landlord unreachable", all[2], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Block_ByTheCreator_SendsNoDm_AndBlockingAgainForTheSameReasonSendsNothingNew()
    {
        ActionItem item = await CreateAsync("Sign the lease");

        await RunAsync(Tom, $"block #{item.Number.Value} waiting on legal");
        await RunAsync(Maria, $"block #{item.Number.Value} waiting on legal");

        Assert.Empty(DmsTo(Tom));
    }

    private async Task<ActionItem> CreateAsync(string title)
    {
        DateTimeOffset due = _bot.Storage.Time.GetUtcNow().AddDays(4);
        var draft = new ActionItem
        {
            Tenant = _bot.Tenant,
            Title = title,
            Owner = Maria,
            Creator = Tom,
            Due = new DueDate { Utc = due, TimeZoneId = "Europe/Berlin" },
            ConversationId = Leadership,
        };
        return (await _bot.Storage.Items.CreateAsync(draft, Tom, CancellationToken.None)).Value!;
    }

    private async Task BlockInStoreAsync(ActionItem item, string reason)
    {
        ActionItem current = (await _bot.Storage.Items.GetAsync(_bot.Tenant, item.Number, CancellationToken.None))!;
        await _bot.Storage.Items.UpdateAsync(current, current with { Status = ItemStatus.Blocked, StatusReason = reason }, Maria, CancellationToken.None);
    }

    private Task<CommandResult> RunAsync(PersonRef person, string text) =>
        _executor.ExecuteAsync(text, _bot.In(person), CancellationToken.None);

    private List<string> DmsTo(PersonRef person) =>
        _bot.Notifier.Sent.Where(s => s.To.Id == person.Id).Select(s => s.Message.Text).ToList();

    /// <summary>The escalations of <paramref name="count"/> sweeps, one bucket apart (the owner's own reminders are left out).</summary>
    private async Task<List<ReminderMessage>> SweepsAsync(int count)
    {
        var sent = new List<ReminderMessage>();
        for (int i = 0; i < count; i++)
        {
            DateTimeOffset now = _bot.Storage.Time.GetUtcNow();
            sent.AddRange(await new ReminderSweep(
                _bot.Storage.DueIndex, _bot.Storage.People, _bot.Storage.Settings, _bot.Storage.Idempotency, _bot.Notifier, _bot.Storage.Get<ILeaseStore>(), _bot.Storage.Get<IDeliveryStatusStore>())
                .RunOnceAsync(now, dryRun: false, CancellationToken.None));
            _bot.Storage.Time.Advance(SweepLease.Bucket);
        }

        return sent.Where(m => m.Kind == "escalation").ToList();
    }
}
