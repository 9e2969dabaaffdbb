using System.Collections.Concurrent;
using ActionTracker.Core.Execution;
using ActionTracker.Core.Ports;
using ActionTracker.Core.Settings;
using ActionTracker.Core.Tenancy;
using ActionTracker.Core.Views;
using static ActionTracker.Storage.Tests.Workflows.WorkflowHarness;

namespace ActionTracker.Storage.Tests.Workflows;

/// <summary><c>digest setup|preview|now</c> through the executor over real storage.</summary>
public sealed class DigestCommandTests : IAsyncDisposable
{
    private readonly WorkflowHarness _bot = new();
    private readonly Poster _poster = new();
    private readonly CommandExecutor _executor;

    public DigestCommandTests()
    {
        _executor = new CommandExecutor(
            _bot.Storage.Items, _bot.Storage.People, _bot.Storage.Get<IDecisionStore>(), _bot.Storage.Get<IListCursorStore>(), _bot.Storage.Get<IGoalStore>(),
            _bot.Storage.Settings, _bot.Directory, _bot.Notifier, _bot.Storage.Time, poster: _poster, deliveries: _bot.Storage.Get<IDeliveryStatusStore>());
    }

    public ValueTask DisposeAsync() => _bot.DisposeAsync();

    [Fact]
    public async Task DigestSetup_ByAnAdmin_StoresChannelAndScheduleInTheTeamsZone()
    {
        await _bot.Executor.InstallAsync(_bot.Tenant, Ola, CancellationToken.None);

        CommandResult result = await RunAsync(Ola, "digest setup <#C0LEAD001|leadership> thursday 09:15");

        Assert.True(result.Succeeded, result.Text);
        TeamSettings settings = (await _bot.Storage.Settings.GetAsync(_bot.Tenant, Leadership, CancellationToken.None))!;
        Assert.Equal(("C0LEAD001", "15 9 * * THU"), (settings.LeadershipConversationId, settings.DigestSchedule));
        Assert.Contains("every Thursday at 09:15", result.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DigestSetup_ByANonAdmin_IsRefusedAndStoresNothing()
    {
        await _bot.Executor.InstallAsync(_bot.Tenant, Ola, CancellationToken.None);

        CommandResult result = await RunAsync(Tom, "digest setup monday 08:30");

        Assert.False(result.Succeeded);
        Assert.Null(await _bot.Storage.Settings.GetAsync(_bot.Tenant, Leadership, CancellationToken.None));
    }

    [Fact]
    public async Task DigestPreviewAndNow_ShowThenPostTheTeamsDigest_WithNeedsAttentionForItemsWithoutOwnerOrDate()
    {
        await _bot.Executor.InstallAsync(_bot.Tenant, Ola, CancellationToken.None);
        await RunAsync(Ola, "digest setup");
        await _bot.Storage.Items.CreateAsync(
            new Core.Items.ActionItem { Tenant = _bot.Tenant, Title = "Book the offsite", Creator = Tom, ConversationId = Leadership },
            Tom,
            CancellationToken.None);
        await _bot.RunAsync(Tom, "add Send the pricing deck to @maria");
        await _bot.Storage.Get<IDeliveryStatusStore>().SaveAsync(
            new DeliveryFailure(_bot.Tenant, Maria.Id, Maria.DisplayName, "user_not_found", 1, _bot.Storage.Time.GetUtcNow(), _bot.Storage.Time.GetUtcNow().AddDays(7), Permanent: true),
            CancellationToken.None);

        CommandResult preview = await RunAsync(Tom, "digest preview");
        CommandResult now = await RunAsync(Tom, "digest now");

        DigestView shown = Assert.IsType<DigestView>(Assert.Single(preview.Views));
        Assert.NotEqual(ResponseVisibility.Conversation, preview.Visibility);
        Assert.Contains(shown.NeedsAttention, a => a.Reasons.Contains("no owner") && a.Reasons.Contains("no due date"));
        Assert.Contains(shown.NeedsAttention, a => a.Reasons.Contains("could not reach Maria Garcia by DM (user_not_found)"));
        Assert.True(now.Succeeded, now.Text);
        (string conversation, CommandResult posted) = Assert.Single(_poster.Posted);
        Assert.Equal(Leadership, conversation);
        Assert.Equal(
            shown.NeedsAttention.Select(a => (a.Item.Number, string.Join("|", a.Reasons))),
            Assert.IsType<DigestView>(Assert.Single(posted.Views)).NeedsAttention.Select(a => (a.Item.Number, string.Join("|", a.Reasons))));
    }

    [Fact]
    public async Task DigestNow_WithoutALeadershipChannel_SaysHowToSetOne()
    {
        CommandResult result = await RunAsync(Tom, "digest now");

        Assert.False(result.Succeeded);
        Assert.Contains("digest setup", result.Text, StringComparison.Ordinal);
        Assert.Empty(_poster.Posted);
    }

    private Task<CommandResult> RunAsync(Core.People.PersonRef person, string text) =>
        _executor.ExecuteAsync(text, _bot.In(person), CancellationToken.None);

    private sealed class Poster : IConversationPoster
    {
        public ConcurrentQueue<(string Conversation, CommandResult Message)> Posted { get; } = new();

        public Task PostAsync(TenantKey tenant, string conversationId, CommandResult message, CancellationToken cancellationToken)
        {
            Posted.Enqueue((conversationId, message));
            return Task.CompletedTask;
        }
    }
}
