using System.Collections.Concurrent;
using ActionTracker.Core.Execution;
using ActionTracker.Core.Meetings;
using ActionTracker.Core.Ports;
using ActionTracker.Core.Tenancy;
using ActionTracker.Core.Transcripts;
using ActionTracker.Storage.Tests.Infrastructure;

namespace ActionTracker.Storage.Tests.Workflows;

/// <summary>Pasted transcript text over real storage: deleted once its draft exists, or kept for the configured days and then swept.</summary>
public sealed class TranscriptRetentionTests : IAsyncDisposable
{
    private const string Pasted = "Maria Garcia: I'll send the budget to finance by Friday.\nTom Lee: We agreed to move the launch to March.";

    private readonly TestStorage _storage = new();
    private readonly TenantKey _tenant = TenantKey.ForTeams(Guid.NewGuid().ToString());

    public ValueTask DisposeAsync() => _storage.DisposeAsync();

    [Fact]
    public async Task NoRetention_TextDeletedOnceTheDraftExists_QuotesKept()
    {
        IMeetingStore meetings = _storage.Get<IMeetingStore>();
        var poster = new RecordingPoster();

        await ExtractAsync("paste1", TranscriptRetention.None, poster);

        Assert.Null(await meetings.GetInputAsync(_tenant, "paste1", CancellationToken.None));
        MeetingDraft draft = (await meetings.GetAsync(_tenant, 1, CancellationToken.None))!;
        Assert.Contains(draft.Items, i => i.Extracted.Quote.Contains("budget", StringComparison.Ordinal));
        Assert.Single(poster.Posted);
    }

    [Fact]
    public async Task TwoDaysRetention_TextKeptThenDeletedByTheSweepOnce()
    {
        IMeetingStore meetings = _storage.Get<IMeetingStore>();
        DateTimeOffset extracted = _storage.Time.GetUtcNow();
        await ExtractAsync("paste2", new TranscriptRetention { Raw = TimeSpan.FromDays(2) }, new RecordingPoster());
        await meetings.SaveInputAsync(_tenant, "unrelated", "Ana: still waiting for its job", CancellationToken.None);

        int early = await SweepAsync(extracted + TimeSpan.FromDays(2) - TimeSpan.FromMinutes(5));
        string? keptBefore = await meetings.GetInputAsync(_tenant, "paste2", CancellationToken.None);
        int[] due = await Task.WhenAll(SweepAsync(extracted + TimeSpan.FromDays(2) + TimeSpan.FromMinutes(1)), SweepAsync(extracted + TimeSpan.FromDays(2) + TimeSpan.FromMinutes(1)));
        int later = await SweepAsync(extracted + TimeSpan.FromDays(3));

        Assert.Equal(0, early);
        Assert.Equal(Pasted, keptBefore);
        Assert.Equal([0, 1], due.Order());
        Assert.Equal(0, later);
        Assert.Null(await meetings.GetInputAsync(_tenant, "paste2", CancellationToken.None));
        Assert.NotNull(await meetings.GetAsync(_tenant, 1, CancellationToken.None));
        Assert.NotNull(await meetings.GetInputAsync(_tenant, "unrelated", CancellationToken.None));
    }

    [Fact]
    public async Task Retention_UnreadableTranscriptKeptToo_ThenDeleted()
    {
        IMeetingStore meetings = _storage.Get<IMeetingStore>();
        var poster = new RecordingPoster();

        await ExtractAsync("paste3", new TranscriptRetention { Raw = TimeSpan.FromDays(1) }, poster, text: "\n\n");
        string? kept = await meetings.GetInputAsync(_tenant, "paste3", CancellationToken.None);
        int deleted = await SweepAsync(_storage.Time.GetUtcNow() + TimeSpan.FromDays(1) + TimeSpan.FromMinutes(1));

        Assert.Equal("\n\n", kept);
        Assert.Contains("couldn't make a draft", Assert.Single(poster.Posted).Text, StringComparison.Ordinal);
        Assert.Equal(1, deleted);
        Assert.Null(await meetings.GetInputAsync(_tenant, "paste3", CancellationToken.None));
    }

    [Fact]
    public async Task PasteWhoseJobNeverRan_DeletedAfterTheUnprocessedWindow()
    {
        IMeetingStore meetings = _storage.Get<IMeetingStore>();
        var executor = new CommandExecutor(
            _storage.Items, _storage.People, _storage.Get<IDecisionStore>(), _storage.Get<IListCursorStore>(), _storage.Get<IGoalStore>(), _storage.Settings,
            new TestDirectory().Add(WorkflowHarness.Maria), new RecordingNotifier(), _storage.Time, meetings: meetings, queue: _storage.WorkQueue);
        var context = new CommandContext { Tenant = _tenant, Requester = WorkflowHarness.Maria, ConversationId = WorkflowHarness.Leadership, ConversationKind = ConversationKind.Channel };
        DateTimeOffset pasted = _storage.Time.GetUtcNow();

        CommandResult answer = await executor.ExecuteAsync("transcript " + Pasted, context, CancellationToken.None);
        int early = await SweepAsync(pasted + TranscriptRetention.Unprocessed - TimeSpan.FromMinutes(10));
        int due = await SweepAsync(pasted + TranscriptRetention.Unprocessed + TimeSpan.FromMinutes(1));

        Assert.StartsWith("Reading the transcript", answer.Text, StringComparison.Ordinal);
        Assert.Equal(0, early);
        Assert.Equal(1, due);
    }

    [Fact]
    public async Task KeptLongerThanAnEarlierDeadline_TheEarlierIndexRowLeavesTheTextAlone()
    {
        IMeetingStore meetings = _storage.Get<IMeetingStore>();
        DateTimeOffset now = _storage.Time.GetUtcNow();
        await meetings.SaveInputAsync(_tenant, "paste4", Pasted, CancellationToken.None);
        await meetings.RetainInputAsync(_tenant, "paste4", now + TimeSpan.FromDays(7), CancellationToken.None);
        await meetings.RetainInputAsync(_tenant, "paste4", now + TimeSpan.FromDays(30), CancellationToken.None);

        int atTheEarlierDeadline = await SweepAsync(now + TimeSpan.FromDays(8));
        string? kept = await meetings.GetInputAsync(_tenant, "paste4", CancellationToken.None);
        int atTheLaterDeadline = await SweepAsync(now + TimeSpan.FromDays(31));

        Assert.Equal(0, atTheEarlierDeadline);
        Assert.Equal(Pasted, kept);
        Assert.Equal(1, atTheLaterDeadline);
        Assert.Null(await meetings.GetInputAsync(_tenant, "paste4", CancellationToken.None));
    }

    private async Task ExtractAsync(string inputId, TranscriptRetention retention, RecordingPoster poster, string text = Pasted)
    {
        IMeetingStore meetings = _storage.Get<IMeetingStore>();
        await meetings.SaveInputAsync(_tenant, inputId, text, CancellationToken.None);
        var job = new TranscriptJob
        {
            Source = new TranscriptReference { Kind = TranscriptReference.PastedKind, Id = inputId },
            ConversationId = WorkflowHarness.Leadership,
            OrganizerId = WorkflowHarness.Maria.Id,
            OrganizerName = WorkflowHarness.Maria.DisplayName,
            MeetingStart = _storage.Time.GetUtcNow(),
        };
        var handler = new TranscriptWorkHandler(
            meetings, _storage.Items, new TestDirectory().Add(WorkflowHarness.Maria).Add(WorkflowHarness.Tom), poster, new RuleBasedTranscriptExtractor(), [], _storage.Time, retention);
        await handler.HandleAsync(job.ToWorkItem(_tenant, "transcript:" + inputId), CancellationToken.None);
    }

    private Task<int> SweepAsync(DateTimeOffset now)
    {
        _storage.Time.SetUtcNow(now);
        return new TranscriptRetentionSweep(_storage.Get<IMeetingStore>(), _storage.Get<ILeaseStore>()).RunOnceAsync(now, CancellationToken.None);
    }

    private sealed class RecordingPoster : IConversationPoster
    {
        public ConcurrentQueue<CommandResult> Posted { get; } = new();

        public Task PostAsync(TenantKey tenant, string conversationId, CommandResult message, CancellationToken cancellationToken)
        {
            Posted.Enqueue(message);
            return Task.CompletedTask;
        }
    }
}
