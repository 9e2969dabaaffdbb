using ActionTracker.Core.Audit;
using ActionTracker.Core.Execution;
using ActionTracker.Core.Items;
using ActionTracker.Core.Views;
using static ActionTracker.Storage.Tests.Workflows.WorkflowHarness;

namespace ActionTracker.Storage.Tests.Workflows;

public sealed class CommandWorkflowTests : IAsyncDisposable
{
    private readonly WorkflowHarness _bot = new();

    public ValueTask DisposeAsync() => _bot.DisposeAsync();

    [Fact]
    public async Task Lifecycle_CreateListAssignAcceptSnoozeDoneReopenCancel()
    {
        CommandResult created = await _bot.RunAsync(Tom, "add Send the pricing deck due Wednesday priority high -- for the board");
        Assert.True(created.Succeeded, created.Text);
        Assert.Equal("Created #1 Send the pricing deck · Tom Lee · due Wed 2 Dec 2026 · High (p2) · Open", created.Text);

        CommandResult listed = await _bot.RunAsync(Tom, "list");
        ItemListView list = Assert.IsType<ItemListView>(listed.Views[0]);
        Assert.Equal("#1", Assert.Single(list.Items).Number.ToString());

        CommandResult assigned = await _bot.RunAsync(Tom, $"assign #1 <@{Maria.Id}>");
        Assert.Contains("Proposed", assigned.Text, StringComparison.Ordinal);
        (var to, CommandResult dm) = Assert.Single(_bot.Notifier.Sent);
        Assert.Equal(Maria, to);
        Assert.Contains(dm.Views.OfType<ItemCardView>().Single().Actions, a => a.Command == "accept #1");

        CommandResult accepted = await _bot.RunAsync(Maria, "accept #1");
        Assert.StartsWith("Accepted: #1", accepted.Text, StringComparison.Ordinal);
        Assert.Contains(_bot.Notifier.Sent, n => n.To == Tom && n.Message.Text.Contains("Maria Garcia accepted #1", StringComparison.Ordinal));

        CommandResult snoozed = await _bot.RunAsync(Maria, "snooze #1 2d");
        Assert.Contains("due Fri 4 Dec 2026", snoozed.Text, StringComparison.Ordinal);

        CommandResult done = await _bot.RunAsync(Maria, "done #1 sent to the board");
        Assert.StartsWith("Done: #1", done.Text, StringComparison.Ordinal);

        CommandResult reopened = await _bot.RunAsync(Tom, "reopen #1");
        Assert.StartsWith("Reopened: #1", reopened.Text, StringComparison.Ordinal);

        CommandResult cancelled = await _bot.RunAsync(Tom, "cancel #1 board meeting moved");
        Assert.StartsWith("Cancelled: #1", cancelled.Text, StringComparison.Ordinal);

        ActionItem stored = (await _bot.Storage.Items.GetAsync(_bot.Tenant, new ItemNumber(1), CancellationToken.None))!;
        Assert.Equal((ItemStatus.Cancelled, "board meeting moved", Maria), (stored.Status, stored.StatusReason, stored.Owner));
        Assert.Contains("sent to the board", stored.Notes, StringComparison.Ordinal);
        IReadOnlyList<AuditEntry> history = await _bot.Storage.Items.GetHistoryAsync(_bot.Tenant, new ItemNumber(1), CancellationToken.None);
        Assert.Equal(
            ["created", "owner", "status", "status", "due", "status", "notes", "status", "status", "statusReason"],
            history.Select(h => h.Change.Field));
    }

    [Fact]
    public async Task Add_ForSomeoneElse_IsProposedUntilTheyAcceptAndNamesWatchers()
    {
        CommandResult created = await _bot.RunAsync(Tom, $"Send the pricing deck to <@{Maria.Id}> <@{Ana.Id}> by Friday !high");

        Assert.True(created.Succeeded, created.Text);
        Assert.Contains("#1 Send the pricing deck · Maria Garcia · due Fri 4 Dec 2026 · High (p2) · Proposed", created.Text, StringComparison.Ordinal);
        Assert.Contains("Ana Silva will watch it", created.Text, StringComparison.Ordinal);
        Assert.Contains("asked Maria Garcia to accept", created.Text, StringComparison.Ordinal);
        Assert.Equal(Maria, Assert.Single(_bot.Notifier.Sent).To);
    }

    [Fact]
    public async Task Decline_HandsTheItemBackToTheCreatorAndTellsThem()
    {
        await _bot.RunAsync(Tom, $"add Book the offsite <@{Maria.Id}>");

        CommandResult declined = await _bot.RunAsync(Maria, "decline #1 no budget");

        Assert.True(declined.Succeeded, declined.Text);
        ActionItem stored = (await _bot.Storage.Items.GetAsync(_bot.Tenant, new ItemNumber(1), CancellationToken.None))!;
        Assert.Equal((Tom, ItemStatus.Open), (stored.Owner, stored.Status));
        Assert.Contains(_bot.Notifier.Sent, n => n.To == Tom && n.Message.Text.Contains("declined #1", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Accept_BySomeoneOtherThanTheProposedOwner_IsRefused()
    {
        await _bot.RunAsync(Tom, $"add Book the offsite <@{Maria.Id}>");

        CommandResult result = await _bot.RunAsync(Ana, "accept #1");

        Assert.False(result.Succeeded);
        Assert.Equal("Only Maria Garcia can answer for #1.", result.Text);
    }

    [Fact]
    public async Task Change_ByNeitherOwnerCreatorNorAdmin_IsRefusedPolitelyAndChangesNothing()
    {
        await _bot.RunAsync(Tom, "add Send the pricing deck");

        CommandResult result = await _bot.RunAsync(Ana, "done #1");

        Assert.False(result.Succeeded);
        Assert.Equal("Only Tom Lee (owner), Tom Lee (creator) or an admin can change #1.", result.Text);
        ActionItem stored = (await _bot.Storage.Items.GetAsync(_bot.Tenant, new ItemNumber(1), CancellationToken.None))!;
        Assert.Equal((ItemStatus.Open, 1), (stored.Status, stored.Revision));
    }

    [Fact]
    public async Task Admin_CanChangeAnyItem_AndAdminListIsManagedByAdmins()
    {
        await _bot.Executor.InstallAsync(_bot.Tenant, Ola, CancellationToken.None);
        await _bot.RunAsync(Tom, "add Send the pricing deck");

        CommandResult adminDone = await _bot.RunAsync(Ola, "done #1");
        CommandResult refused = await _bot.RunAsync(Ana, $"admin add <@{Ana.Id}>");
        CommandResult added = await _bot.RunAsync(Ola, $"admin add <@{Maria.Id}>");
        CommandResult listed = await _bot.RunAsync(Ana, "admin list");
        CommandResult lastKept = await _bot.RunAsync(Maria, $"admin remove <@{Ola.Id}>");
        CommandResult cannotRemoveLast = await _bot.RunAsync(Maria, $"admin remove <@{Maria.Id}>");

        Assert.True(adminDone.Succeeded, adminDone.Text);
        Assert.Equal("Only admins can change the admin list; ask Ola Nordmann.", refused.Text);
        Assert.Equal("Maria Garcia is now an admin.", added.Text);
        Assert.Equal("Admins: Maria Garcia, Ola Nordmann", listed.Text);
        Assert.Equal("Ola Nordmann is no longer an admin.", lastKept.Text);
        Assert.Equal("Maria Garcia is the last admin; add another admin first.", cannotRemoveLast.Text);
    }

    [Fact]
    public async Task Visibility_PrivateAndOtherConversationItems_AreHiddenFromOutsiders()
    {
        await _bot.RunAsync(Tom, "add Private thought", conversation: "a:tom-dm", kind: ConversationKind.Personal);
        await _bot.RunAsync(Tom, "add Leadership item");

        CommandResult privateForOla = await _bot.RunAsync(Ola, "show #1", conversation: "a:ola-dm", kind: ConversationKind.Personal);
        CommandResult channelForOla = await _bot.RunAsync(Ola, "show #2", conversation: "a:ola-dm", kind: ConversationKind.Personal);
        CommandResult channelForAna = await _bot.RunAsync(Ana, "show #2", conversation: "a:ana-dm", kind: ConversationKind.Personal);
        CommandResult tomsListForAna = await _bot.RunAsync(Ana, $"list <@{Tom.Id}>", conversation: "a:ana-dm", kind: ConversationKind.Personal);

        Assert.Equal("There is no item #1 that you can see here.", privateForOla.Text);
        Assert.Equal("There is no item #2 that you can see here.", channelForOla.Text);
        Assert.True(channelForAna.Succeeded);
        Assert.Equal(["#2"], Assert.IsType<ItemListView>(tomsListForAna.Views[0]).Items.Select(i => i.Number.ToString()));
    }

    [Fact]
    public async Task Change_ItemIdOfAnotherTenant_IsNotFoundAndChangesNothing()
    {
        await _bot.RunAsync(Tom, "add Send the pricing deck");
        var otherTenant = Core.Tenancy.TenantKey.ForSlack("T999", null, false);

        CommandResult forged = await _bot.Executor.ExecuteAsync("done #1", _bot.In(Tom, tenant: otherTenant), CancellationToken.None);

        Assert.Equal("There is no item #1 that you can see here.", forged.Text);
        Assert.Equal(ItemStatus.Open, (await _bot.Storage.Items.GetAsync(_bot.Tenant, new ItemNumber(1), CancellationToken.None))!.Status);
    }

    [Fact]
    public async Task Done_SeveralIds_ReportsEachIncludingUnknownOnes()
    {
        await _bot.RunAsync(Tom, "add One");
        await _bot.RunAsync(Tom, "add Two");

        CommandResult result = await _bot.RunAsync(Tom, "done #1 #2 #7");

        Assert.False(result.Succeeded);
        string[] lines = result.Text.Split('\n');
        Assert.StartsWith("Done: #1 One", lines[0], StringComparison.Ordinal);
        Assert.StartsWith("Done: #2 Two", lines[1], StringComparison.Ordinal);
        Assert.Equal("There is no item #7 that you can see here.", lines[2]);
    }

    [Fact]
    public async Task Done_ConcurrentlyByEightPeople_GivesOneAuditRowAndOneFinalState()
    {
        await _bot.Executor.InstallAsync(_bot.Tenant, Ola, CancellationToken.None);
        await _bot.RunAsync(Tom, "add Send the pricing deck");

        CommandResult[] results = await Task.WhenAll(Enumerable.Range(0, 8).Select(i =>
            Task.Run(() => _bot.RunAsync(i % 2 == 0 ? Tom : Ola, "done #1"))));

        Assert.All(results, r => Assert.True(r.Succeeded, r.Text));
        Assert.Single(results, r => r.Text.StartsWith("Done: #1", StringComparison.Ordinal));
        IReadOnlyList<AuditEntry> history = await _bot.Storage.Items.GetHistoryAsync(_bot.Tenant, new ItemNumber(1), CancellationToken.None);
        Assert.Single(history, h => h.Change.Field == "status");
        Assert.Equal(ItemStatus.Done, (await _bot.Storage.Items.GetAsync(_bot.Tenant, new ItemNumber(1), CancellationToken.None))!.Status);
    }

    [Fact]
    public async Task List_MoreThanAPage_PagesWithMore()
    {
        for (int i = 1; i <= 23; i++)
        {
            await _bot.RunAsync(Tom, $"add Item {i}");
        }

        CommandResult first = await _bot.RunAsync(Tom, "list");
        CommandResult second = await _bot.RunAsync(Tom, "more");
        CommandResult third = await _bot.RunAsync(Tom, "more");
        CommandResult none = await _bot.RunAsync(Tom, "more");

        Assert.Equal(10, Assert.IsType<ItemListView>(first.Views[0]).Items.Count);
        Assert.Equal(10, Assert.IsType<ItemListView>(second.Views[0]).Items.Count);
        ItemListView last = Assert.IsType<ItemListView>(third.Views[0]);
        Assert.Equal(3, last.Items.Count);
        Assert.False(last.HasMore);
        Assert.False(none.Succeeded);
    }

    [Fact]
    public async Task List_OverdueAndBlocked_FilterInStorage()
    {
        await _bot.RunAsync(Tom, "add Late one due tomorrow");
        await _bot.RunAsync(Tom, "add Blocked one");
        await _bot.RunAsync(Tom, "block #2 waiting for legal");
        _bot.Storage.Time.Advance(TimeSpan.FromDays(3));

        CommandResult overdue = await _bot.RunAsync(Tom, "list overdue");
        CommandResult blocked = await _bot.RunAsync(Tom, "list blocked");

        Assert.Equal(["#1"], Assert.IsType<ItemListView>(overdue.Views[0]).Items.Select(i => i.Number.ToString()));
        Assert.True(Assert.IsType<ItemListView>(overdue.Views[0]).Items[0].IsOverdue);
        Assert.Equal(["#2"], Assert.IsType<ItemListView>(blocked.Views[0]).Items.Select(i => i.Number.ToString()));
    }

    [Fact]
    public async Task Decision_IsRecordedForTheConversationAndListed()
    {
        CommandResult recorded = await _bot.RunAsync(Tom, "decision Ship v2 in March");
        CommandResult listed = await _bot.RunAsync(Maria, "decisions");

        Assert.Equal(ResponseVisibility.Conversation, recorded.Visibility);
        Assert.Equal("Decision D1 recorded by Tom Lee: Ship v2 in March", recorded.Text);
        Assert.Equal("Ship v2 in March", Assert.Single(Assert.IsType<DecisionListView>(listed.Views[0]).Decisions).Text);
    }

    [Fact]
    public async Task BadInput_IsAnsweredClearlyAndStoresNothing()
    {
        CommandResult longTitle = await _bot.RunAsync(Tom, "add " + new string('x', 501));
        CommandResult pastDate = await _bot.RunAsync(Tom, "add Report due 2026-01-05");
        CommandResult typo = await _bot.RunAsync(Tom, "lsit");

        Assert.Equal("The title is 501 characters; the limit is 500.", longTitle.Text.Split('\n')[0]);
        Assert.False(pastDate.Succeeded);
        Assert.Contains("past", pastDate.Text, StringComparison.OrdinalIgnoreCase);
        Assert.Equal("list", Assert.IsType<ErrorView>(typo.Views[0]).Suggestion);
        Assert.Null(await _bot.Storage.Items.GetAsync(_bot.Tenant, new ItemNumber(1), CancellationToken.None));
    }

    [Fact]
    public async Task NaturalTextInADirectMessage_AsksBeforeCreating()
    {
        CommandContext dm = _bot.In(Tom, "a:tom-dm", ConversationKind.Personal) with { IsExplicitCommand = false };

        CommandResult asked = await _bot.Executor.ExecuteAsync("Send the pricing deck by Friday", dm, CancellationToken.None);

        ConfirmView confirm = Assert.IsType<ConfirmView>(asked.Views[0]);
        Assert.Equal("add Send the pricing deck by Friday", confirm.Actions[0].Command);
        Assert.Null(await _bot.Storage.Items.GetAsync(_bot.Tenant, new ItemNumber(1), CancellationToken.None));
    }

    [Fact]
    public async Task Due_OwnerInAnotherZone_IsEchoedInBothZones()
    {
        await _bot.Storage.People.SaveAsync(new Core.People.Person { Tenant = _bot.Tenant, Ref = Maria, TimeZoneId = "America/New_York" }, CancellationToken.None);

        CommandResult created = await _bot.RunAsync(Tom, $"add Prepare the budget <@{Maria.Id}> due Monday 15:00");

        ItemCardView card = Assert.IsType<ItemCardView>(created.Views[0]);
        Assert.Contains("Mon 30 Nov 2026", card.Due, StringComparison.Ordinal);
        Assert.Contains("America/New_York", card.Due, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Done_RepeatingItem_CreatesTheNextOccurrenceOnce()
    {
        CommandResult created = await _bot.RunAsync(Tom, "add Send the weekly report every Monday");

        CommandResult[] done = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => _bot.RunAsync(Tom, "done #1"))));

        Assert.Contains("due Mon 30 Nov 2026", created.Text, StringComparison.Ordinal);
        Assert.Contains("It repeats every Monday", created.Text, StringComparison.Ordinal);
        string next = Assert.Single(done.SelectMany(d => d.Text.Split('\n')), l => l.StartsWith("Next occurrence:", StringComparison.Ordinal));
        Assert.Equal("Next occurrence: #2 Send the weekly report · Tom Lee · due Mon 7 Dec 2026 · Normal (p3) · Open", next);
        Assert.Null(await _bot.Storage.Items.GetAsync(_bot.Tenant, new ItemNumber(3), CancellationToken.None));
    }
}
