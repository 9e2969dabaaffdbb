using ActionTracker.Core.Decisions;
using ActionTracker.Core.Execution;
using ActionTracker.Core.Items;
using ActionTracker.Core.Meetings;
using ActionTracker.Core.Ports;
using ActionTracker.Core.Views;
using static ActionTracker.Storage.Tests.Workflows.WorkflowHarness;

namespace ActionTracker.Storage.Tests.Workflows;

/// <summary><c>prep [M3]</c> through the executor over real storage: the roll-up of a meeting's items and decisions.</summary>
public sealed class PrepCommandTests : IAsyncDisposable
{
    private readonly WorkflowHarness _bot = new();
    private readonly CommandExecutor _executor;

    public PrepCommandTests()
    {
        _executor = new CommandExecutor(
            _bot.Storage.Items, _bot.Storage.People, _bot.Storage.Get<IDecisionStore>(), _bot.Storage.Get<IListCursorStore>(), _bot.Storage.Get<IGoalStore>(),
            _bot.Storage.Settings, _bot.Directory, _bot.Notifier, _bot.Storage.Time, meetings: _bot.Storage.Get<IMeetingStore>());
    }

    public ValueTask DisposeAsync() => _bot.DisposeAsync();

    [Fact]
    public async Task Prep_WithAMeetingId_RollsUpThatMeetingsItemsAndDecisions()
    {
        string meeting = await CreateMeetingAsync("Weekly leadership");
        string other = await CreateMeetingAsync("Sales sync");
        DateTimeOffset now = _bot.Storage.Time.GetUtcNow();
        await CreateItemAsync("Ship the deck", meeting, ItemStatus.Done, Maria, now.AddDays(-2), completedAt: now.AddDays(-1));
        await CreateItemAsync("Write the plan", meeting, ItemStatus.InProgress, Tom, now.AddDays(10));
        await CreateItemAsync("Legal review", meeting, ItemStatus.Blocked, Tom, now.AddDays(20), reason: "waiting for legal");
        await CreateItemAsync("Hire", meeting, ItemStatus.Open, null, null);
        await CreateItemAsync("Call the client", other, ItemStatus.Open, Ana, now.AddDays(-3));
        await CreateDecisionAsync("Ship v2 in March", meeting);
        await CreateDecisionAsync("Hire two engineers", other);

        CommandResult result = await RunAsync(Tom, "prep " + meeting);

        Assert.True(result.Succeeded, result.Text);
        Assert.Equal(ResponseVisibility.Conversation, result.Visibility);
        DigestView rollup = Assert.IsType<DigestView>(Assert.Single(result.Views));
        Assert.Equal($"{meeting} Weekly leadership: roll-up", rollup.Title);
        Assert.Equal(["Ship the deck"], rollup.Completed.Select(i => i.Title));
        Assert.Equal(["Write the plan"], rollup.InProgress.Select(i => i.Title));
        Assert.Equal(
            ["Legal review: blocked: waiting for legal", "Hire: no owner, no due date"],
            rollup.NeedsAttention.Select(a => $"{a.Item.Title}: {string.Join(", ", a.Reasons)}"));
        Assert.Equal(["Ship v2 in March"], rollup.Decisions.Select(d => d.Text));
    }

    [Fact]
    public async Task Prep_WithoutAnId_RollsUpTheConversationsLatestMeeting()
    {
        string older = await CreateMeetingAsync("Leadership, week 47");
        string latest = await CreateMeetingAsync("Leadership, week 48");
        await CreateItemAsync("Old item", older, ItemStatus.Open, Tom, null);
        await CreateItemAsync("New item", latest, ItemStatus.InProgress, Tom, _bot.Storage.Time.GetUtcNow().AddDays(10));

        CommandResult result = await RunAsync(Maria, "prep");

        DigestView rollup = Assert.IsType<DigestView>(Assert.Single(result.Views));
        Assert.StartsWith(latest + " ", rollup.Title, StringComparison.Ordinal);
        Assert.Equal(["New item"], rollup.InProgress.Select(i => i.Title));
        Assert.Empty(rollup.NeedsAttention);
    }

    [Fact]
    public async Task Prep_UnknownMeeting_SaysSo()
    {
        CommandResult result = await RunAsync(Tom, "prep M9999");

        Assert.False(result.Succeeded);
        Assert.Contains("I don't know a meeting M9999 here", result.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(result.Views, v => v is DigestView);
    }

    [Fact]
    public async Task Prep_NoMeetingInThisConversation_SaysHowToNameOne()
    {
        await CreateItemAsync("Not from a meeting", null, ItemStatus.Open, Tom, null);

        CommandResult result = await RunAsync(Tom, "prep");

        Assert.False(result.Succeeded);
        Assert.Contains("no meeting with action items yet", result.Text, StringComparison.Ordinal);
    }

    private async Task<string> CreateMeetingAsync(string title)
    {
        var draft = new MeetingDraft
        {
            Meeting = new Meeting { Tenant = _bot.Tenant, Title = title, StartedAt = _bot.Storage.Time.GetUtcNow().AddDays(-7), ConversationId = Leadership },
            TranscriptHash = Guid.NewGuid().ToString("N") + Guid.NewGuid().ToString("N"),
            Items = [],
            Decisions = [],
        };
        return (await _bot.Storage.Get<IMeetingStore>().CreateAsync(draft, CancellationToken.None)).Value!.Id;
    }

    private async Task CreateItemAsync(string title, string? meetingId, ItemStatus status, Core.People.PersonRef? owner, DateTimeOffset? due, DateTimeOffset? completedAt = null, string? reason = null)
    {
        var item = new ActionItem
        {
            Tenant = _bot.Tenant,
            Title = title,
            Owner = owner,
            Creator = Ola,
            Status = status,
            StatusReason = reason,
            CompletedAt = completedAt,
            Due = due is null ? null : new DueDate { Utc = due.Value, TimeZoneId = "Europe/Berlin" },
            ConversationId = Leadership,
            MeetingId = meetingId,
        };
        StoreResult<ActionItem> created = await _bot.Storage.Items.CreateAsync(item, Ola, CancellationToken.None);
        Assert.True(created.IsOk, created.Message);
    }

    private async Task CreateDecisionAsync(string text, string meetingId)
    {
        var decision = new Decision { Tenant = _bot.Tenant, Text = text, RecordedBy = Ola, DecidedAt = _bot.Storage.Time.GetUtcNow().AddDays(-7), ConversationId = Leadership, MeetingId = meetingId };
        Assert.True((await _bot.Storage.Get<IDecisionStore>().CreateAsync(decision, CancellationToken.None)).IsOk);
    }

    private Task<CommandResult> RunAsync(Core.People.PersonRef person, string text) =>
        _executor.ExecuteAsync(text, _bot.In(person), CancellationToken.None);
}
