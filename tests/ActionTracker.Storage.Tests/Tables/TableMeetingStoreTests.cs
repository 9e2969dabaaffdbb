using ActionTracker.Core.Items;
using ActionTracker.Core.Meetings;
using ActionTracker.Core.People;
using ActionTracker.Core.Ports;
using ActionTracker.Core.Tenancy;
using ActionTracker.Core.Transcripts;
using ActionTracker.Storage.Tests.Infrastructure;

namespace ActionTracker.Storage.Tests.Tables;

public sealed class TableMeetingStoreTests : IAsyncDisposable
{
    private readonly TestStorage _storage = new();

    public ValueTask DisposeAsync() => _storage.DisposeAsync();

    [Fact]
    public async Task Create_NumbersPerTenant_SameTranscriptReturnsTheFirstDraft()
    {
        TenantKey tenant = Items.NewTenant();
        IMeetingStore store = _storage.Get<IMeetingStore>();

        StoreResult<MeetingDraft> first = await store.CreateAsync(Draft(tenant, Hash('a')), CancellationToken.None);
        StoreResult<MeetingDraft> again = await store.CreateAsync(Draft(tenant, Hash('a')) with { Items = [] }, CancellationToken.None);
        StoreResult<MeetingDraft> second = await store.CreateAsync(Draft(tenant, Hash('b')), CancellationToken.None);
        StoreResult<MeetingDraft> otherTenant = await store.CreateAsync(Draft(Items.NewTenant(), Hash('a')), CancellationToken.None);

        Assert.Equal((1L, 1L, 2L, 1L), (first.Value!.Meeting.Number, again.Value!.Meeting.Number, second.Value!.Meeting.Number, otherTenant.Value!.Meeting.Number));
        Assert.Equal(2, again.Value.Items.Count);
        Assert.Equal("M2", second.Value.Id);
        Assert.Equal(1L, (await store.FindByTranscriptAsync(tenant, Hash('a'), CancellationToken.None))!.Meeting.Number);
        Assert.Null(await store.FindByTranscriptAsync(tenant, Hash('c'), CancellationToken.None));
    }

    [Fact]
    public async Task Create_SameTranscriptConcurrently_OneDraft()
    {
        TenantKey tenant = Items.NewTenant();
        IMeetingStore store = _storage.Get<IMeetingStore>();

        StoreResult<MeetingDraft>[] results = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => store.CreateAsync(Draft(tenant, Hash('d')), CancellationToken.None)));

        Assert.All(results, r => Assert.Equal(1L, r.Value!.Meeting.Number));
        Assert.Null(await store.GetAsync(tenant, 2, CancellationToken.None));
    }

    [Fact]
    public async Task Save_RoundTripsReviewState_StaleVersionIsAConflict()
    {
        TenantKey tenant = Items.NewTenant();
        IMeetingStore store = _storage.Get<IMeetingStore>();
        MeetingDraft created = (await store.CreateAsync(Draft(tenant, Hash('e')), CancellationToken.None)).Value!;
        MeetingDraft reviewed = created with
        {
            Items = [created.Items[0] with { State = DraftReviewState.Edited, Title = "Send the revised budget", Owner = new PersonRef("U2", "Maria"), SavedAs = new ItemNumber(12) }, created.Items[1] with { State = DraftReviewState.Rejected }],
            Decisions = [created.Decisions[0] with { SavedAs = 4 }],
        };

        StoreResult<MeetingDraft> saved = await store.SaveAsync(reviewed, CancellationToken.None);
        StoreResult<MeetingDraft> stale = await store.SaveAsync(created, CancellationToken.None);
        MeetingDraft read = (await store.GetAsync(tenant, 1, CancellationToken.None))!;

        Assert.True(saved.IsOk);
        Assert.Equal(StoreOutcome.Conflict, stale.Outcome);
        Assert.Equal(DraftReviewState.Edited, read.Items[0].State);
        Assert.Equal("Send the revised budget", read.Items[0].Title);
        Assert.Equal("U2", read.Items[0].Owner!.Id);
        Assert.Equal(new ItemNumber(12), read.Items[0].SavedAs);
        Assert.Equal(TimeSpan.FromSeconds(723), read.Items[0].Extracted.Timestamp);
        Assert.Equal(0.8, read.Items[0].Extracted.Confidence);
        Assert.Equal(DraftReviewState.Rejected, read.Items[1].State);
        Assert.Equal(4L, read.Decisions[0].SavedAs);
        Assert.Equal(saved.Value!.Meeting.Version, read.Meeting.Version);
    }

    [Fact]
    public async Task Save_LargeDraft_SplitOverColumns()
    {
        TenantKey tenant = Items.NewTenant();
        IMeetingStore store = _storage.Get<IMeetingStore>();
        MeetingDraft draft = Draft(tenant, Hash('f')) with
        {
            Items = Enumerable.Range(1, 20).Select(i => Line(i, new string('q', 4000) + " “quoted” 😀")).ToList(),
        };

        MeetingDraft created = (await store.CreateAsync(draft, CancellationToken.None)).Value!;
        MeetingDraft read = (await store.GetAsync(tenant, created.Meeting.Number, CancellationToken.None))!;

        Assert.Equal(20, read.Items.Count);
        Assert.Equal(draft.Items[19].Extracted.Quote, read.Items[19].Extracted.Quote);
    }

    [Fact]
    public async Task Input_SavedReadAndDeleted_TenantsApart()
    {
        TenantKey tenant = Items.NewTenant();
        IMeetingStore store = _storage.Get<IMeetingStore>();
        string text = string.Concat(Enumerable.Repeat("Megan: I'll send the budget by Friday.\n", 3000));

        await store.SaveInputAsync(tenant, "input1", text, CancellationToken.None);
        string? read = await store.GetInputAsync(tenant, "input1", CancellationToken.None);
        string? otherTenant = await store.GetInputAsync(Items.NewTenant(), "input1", CancellationToken.None);
        await store.DeleteInputAsync(tenant, "input1", CancellationToken.None);

        Assert.Equal(text, read);
        Assert.Null(otherTenant);
        Assert.Null(await store.GetInputAsync(tenant, "input1", CancellationToken.None));
    }

    private static string Hash(char c) => new(c, 64);

    private static MeetingDraft Draft(TenantKey tenant, string hash) => new()
    {
        Meeting = new Meeting
        {
            Tenant = tenant,
            Title = "Weekly sync",
            StartedAt = new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero),
            Organizer = new PersonRef("U1", "Megan Bowen"),
            ConversationId = "C1",
        },
        TranscriptHash = hash,
        MeetingDate = new DateOnly(2026, 11, 23),
        TimeZoneId = "Europe/Berlin",
        Items = [Line(1, "I'll send the budget to finance by Friday."), Line(2, "I'll book the venue.")],
        Decisions = [new MeetingDraftDecision { Extracted = new DraftDecision { Text = "Move the launch to March", Quote = "We agreed to move the launch to March.", Confidence = 0.85, Reason = "we agreed" } }],
    };

    private static MeetingDraftItem Line(int index, string quote) => new()
    {
        Index = index,
        Extracted = new DraftItem { Task = "Send the budget to finance", Owner = "Megan Bowen", Due = new DateOnly(2026, 11, 27), Quote = quote, Speaker = "Megan Bowen", Timestamp = TimeSpan.FromSeconds(723), Confidence = 0.8, Reason = "first-person commitment" },
        Title = "Send the budget to finance",
        OwnerName = "Megan Bowen",
        Due = new DateOnly(2026, 11, 27),
    };
}
