using ActionTracker.Core.Audit;
using ActionTracker.Core.Execution;
using ActionTracker.Core.Items;
using ActionTracker.Core.Meetings;
using ActionTracker.Core.People;
using ActionTracker.Core.Ports;
using ActionTracker.Core.Tenancy;
using ActionTracker.Core.Transcripts;
using ActionTracker.Storage.Keys;
using ActionTracker.Storage.Tables;
using Azure.Data.Tables;
using Azure.Data.Tables.Models;
using static ActionTracker.Storage.Tests.Workflows.WorkflowHarness;

namespace ActionTracker.Storage.Tests.Workflows;

/// <summary><c>admin forget</c>, <c>admin export-tenant</c> and <c>admin log</c> over real tables.</summary>
public sealed class DataRightsWorkflowTests : IAsyncDisposable
{
    private const string Email = "maria.garcia@contoso.example";

    private readonly WorkflowHarness _bot = new();

    public ValueTask DisposeAsync() => _bot.DisposeAsync();

    [Fact]
    public async Task Forget_LeavesNoRowOfTheTenantNamingThePerson_OtherTenantsKeepTheirs()
    {
        await _bot.Executor.InstallAsync(_bot.Tenant, Ola, CancellationToken.None);
        await _bot.Storage.People.SaveAsync(new Person { Tenant = _bot.Tenant, Ref = Maria, Email = Email, Manager = Tom, TimeZoneId = "Europe/Berlin" }, CancellationToken.None);
        await _bot.RunAsync(Maria, "add Prepare the budget due tomorrow");
        await _bot.RunAsync(Tom, $"add Review Maria Garcia's draft <@{Maria.Id}> due Dec 4");
        await _bot.RunAsync(Tom, $"add Book the venue <@{Ana.Id}> <@{Maria.Id}>");
        await _bot.RunAsync(Maria, "done #1");
        await _bot.RunAsync(Maria, "decision Ship the beta on Friday");
        await _bot.RunAsync(Tom, $"goal add Grow revenue <@{Maria.Id}>");
        await _bot.RunAsync(Ola, $"admin manager <@{Ana.Id}> <@{Maria.Id}>");
        TenantKey other = TenantKey.ForTeams(Guid.NewGuid().ToString());
        await _bot.Executor.ExecuteAsync("add Keep me in the other tenant", _bot.In(Maria, tenant: other), CancellationToken.None);

        CommandResult forgot = await _bot.RunAsync(Ola, $"admin forget <@{Maria.Id}>");

        Assert.True(forgot.Succeeded, forgot.Text);
        Assert.Null(await _bot.Storage.People.GetAsync(_bot.Tenant, Maria.Id, CancellationToken.None));
        List<string> leftovers = await RowsNamingAsync(_bot.Tenant, Maria.Id, "Maria Garcia", Email);
        Assert.Empty(leftovers);
        ActionItem first = (await _bot.Storage.Items.GetAsync(_bot.Tenant, new ItemNumber(1), CancellationToken.None))!;
        Assert.StartsWith("forgotten-", first.Owner!.Id, StringComparison.Ordinal);
        Assert.Equal("Former member", first.Owner.DisplayName);
        Assert.Equal(ItemStatus.Done, first.Status);
        ActionItem second = (await _bot.Storage.Items.GetAsync(_bot.Tenant, new ItemNumber(2), CancellationToken.None))!;
        Assert.Equal("Review Former member's draft", second.Title);
        ResultPage<ActionItem> owned = await _bot.Storage.Items.ListByOwnerAsync(_bot.Tenant, first.Owner.Id, ItemListFilter.All, null, 100, CancellationToken.None);
        Assert.Equal([1L, 2L], owned.Items.Select(i => i.Number.Value).Order());
        IReadOnlyList<AuditEntry> history = await _bot.Storage.Items.GetHistoryAsync(_bot.Tenant, new ItemNumber(1), CancellationToken.None);
        Assert.All(history, h => Assert.Equal(first.Owner.Id, h.Actor.Id));
        ActionItem elsewhere = Assert.Single((await _bot.Storage.Items.ListByOwnerAsync(other, Maria.Id, ItemListFilter.All, null, 10, CancellationToken.None)).Items);
        Assert.Equal("Maria Garcia", elsewhere.Owner!.DisplayName);
        Assert.NotEmpty(await RowsNamingAsync(other, Maria.Id, "Maria Garcia", Email));
        CommandResult log = await _bot.RunAsync(Ola, "admin log");
        Assert.Contains("Ola Nordmann: forget — forgot a person, now " + first.Owner.Id, log.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Maria", log.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Forget_ByANonAdminOrOfTheLastAdmin_IsRefusedAndChangesNothing()
    {
        await _bot.Executor.InstallAsync(_bot.Tenant, Ola, CancellationToken.None);
        await _bot.RunAsync(Maria, "add Prepare the budget");

        CommandResult peer = await _bot.RunAsync(Tom, $"admin forget <@{Maria.Id}>");
        CommandResult last = await _bot.RunAsync(Ola, $"admin forget <@{Ola.Id}>");
        CommandResult nobody = await _bot.RunAsync(Ola, "admin forget @nobody");

        Assert.Equal("Only admins can forget a person's data; `admin list` shows who they are.", peer.Text);
        Assert.Equal("Ola Nordmann is the last admin; add another admin before forgetting them.", last.Text);
        Assert.False(nobody.Succeeded);
        Assert.Equal("Maria Garcia", (await _bot.Storage.Items.GetAsync(_bot.Tenant, new ItemNumber(1), CancellationToken.None))!.Owner!.DisplayName);
        Assert.NotNull(await _bot.Storage.People.GetAsync(_bot.Tenant, Ola.Id, CancellationToken.None));
        Assert.DoesNotContain("forget", (await _bot.RunAsync(Ola, "admin log")).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExportTenant_HoldsEveryItemEvenPrivateOnes_AndDiesWhenTheAdminIsRemoved()
    {
        await _bot.Executor.InstallAsync(_bot.Tenant, Ola, CancellationToken.None);
        await _bot.RunAsync(Maria, "add Prepare the budget");
        await _bot.RunAsync(Ana, "add Call the dentist", conversation: "a:personal-ana", kind: ConversationKind.Personal);

        CommandResult refused = await _bot.RunAsync(Maria, "admin export-tenant");
        CommandResult csv = await _bot.RunAsync(Ola, "admin export-tenant csv");
        string token = csv.Text[(csv.Text.LastIndexOf('/') + 1)..];
        ExportFile? file = await _bot.Executor.RenderExportAsync(token, CancellationToken.None);
        await _bot.RunAsync(Ola, $"admin add <@{Tom.Id}>");
        await _bot.RunAsync(Tom, $"admin remove <@{Ola.Id}>");
        ExportFile? afterRemoval = await _bot.Executor.RenderExportAsync(token, CancellationToken.None);

        Assert.Equal("Only admins can export the whole tenant; `admin list` shows who they are.", refused.Text);
        Assert.StartsWith("Your export is ready until", csv.Text, StringComparison.Ordinal);
        Assert.NotNull(file);
        Assert.Contains("Prepare the budget", file.Content, StringComparison.Ordinal);
        Assert.Contains("Call the dentist", file.Content, StringComparison.Ordinal);
        Assert.Null(afterRemoval);
    }

    [Fact]
    public async Task AdminLog_ListsAdminChangesNewestFirst_AdminsOnly()
    {
        await _bot.Executor.InstallAsync(_bot.Tenant, Ola, CancellationToken.None);
        await _bot.RunAsync(Ola, $"admin add <@{Tom.Id}>");
        _bot.Storage.Time.Advance(TimeSpan.FromMinutes(1));
        await _bot.RunAsync(Tom, $"admin manager <@{Maria.Id}> <@{Tom.Id}>");
        _bot.Storage.Time.Advance(TimeSpan.FromMinutes(1));
        await _bot.RunAsync(Ola, "settings team quiet 12:00-13:00");
        _bot.Storage.Time.Advance(TimeSpan.FromMinutes(1));
        await _bot.RunAsync(Ola, "admin export-tenant md");
        await _bot.RunAsync(Maria, "settings team quiet 09:00-10:00");

        CommandResult log = await _bot.RunAsync(Tom, "admin log");
        CommandResult refused = await _bot.RunAsync(Maria, "admin log");

        string[] lines = log.Text.Split('\n');
        Assert.Equal("Admin log (newest first)", lines[0]);
        Assert.Equal(
            [
                "Fri 27 Nov 2026 10:03 Ola Nordmann: export-tenant — export link for every item of the tenant (md)",
                $"Fri 27 Nov 2026 10:02 Ola Nordmann: settings team — quiet 12:00-13:00 in {Leadership}",
                $"Fri 27 Nov 2026 10:01 Tom Lee: admin manager — Maria Garcia ({Maria.Id}) → Tom Lee ({Tom.Id})",
                $"Fri 27 Nov 2026 10:00 Ola Nordmann: admin add — Tom Lee ({Tom.Id})",
            ],
            lines[1..]);
        Assert.Equal("Only admins can read the admin log; `admin list` shows who they are.", refused.Text);
    }

    [Fact]
    public async Task Forget_ReachesMeetingDraftsDeliveryStatusAndKeptTranscripts()
    {
        await _bot.Executor.InstallAsync(_bot.Tenant, Ola, CancellationToken.None);
        await _bot.Storage.People.SaveAsync(new Person { Tenant = _bot.Tenant, Ref = Maria, Email = Email, TimeZoneId = "Europe/Berlin" }, CancellationToken.None);
        IMeetingStore meetings = _bot.Storage.Get<IMeetingStore>();
        DateTimeOffset now = _bot.Storage.Time.GetUtcNow();
        MeetingDraft stored = (await meetings.CreateAsync(
            new MeetingDraft
            {
                Meeting = new Meeting { Tenant = _bot.Tenant, Title = "Budget sync with María", StartedAt = now, ConversationId = Leadership, Organizer = Tom, Participants = [Tom, Maria] },
                TranscriptHash = Guid.NewGuid().ToString("N") + Guid.NewGuid().ToString("N"),
                Items =
                [
                    DraftLine(1, "Send the budget to finance", "María", "María: I'll send the budget to finance by Friday.", "María", Maria),
                    DraftLine(2, "Book the venue", "Tom", "Tom Lee: I'll book the venue, Maria Garcia knows the place.", "Tom Lee", Tom),
                ],
                Decisions =
                [
                    new MeetingDraftDecision { Extracted = new DraftDecision { Text = "Move the launch to March", Quote = "Tom Lee: we agreed with María to move the launch to March.", Speaker = "Tom Lee", Confidence = 0.8, Reason = "agreed" } },
                ],
            },
            CancellationToken.None)).Value!;
        await _bot.Storage.Get<IDeliveryStatusStore>().SaveAsync(new DeliveryFailure(_bot.Tenant, Maria.Id, Maria.DisplayName, "user_not_found", 1, now, now.AddDays(1), true), CancellationToken.None);
        await _bot.Storage.Get<IDeliveryStatusStore>().SaveAsync(new DeliveryFailure(_bot.Tenant, Ana.Id, Ana.DisplayName, "user_not_found", 1, now, now.AddDays(1), true), CancellationToken.None);
        await meetings.SaveInputAsync(_bot.Tenant, "kept-maria", "María: I'll send the budget to finance by Friday.", CancellationToken.None);
        await meetings.RetainInputAsync(_bot.Tenant, "kept-maria", now.AddDays(30), CancellationToken.None);
        await meetings.SaveInputAsync(_bot.Tenant, "kept-other", "Tom Lee: I'll book the venue.", CancellationToken.None);

        CommandResult forgot = await _bot.RunAsync(Ola, $"admin forget <@{Maria.Id}>");

        Assert.True(forgot.Succeeded, forgot.Text);
        Assert.Empty(await RowsNamingAsync(_bot.Tenant, Maria.Id, "Maria Garcia", Email));
        MeetingDraft draft = (await meetings.GetAsync(_bot.Tenant, stored.Meeting.Number, CancellationToken.None))!;
        string json = System.Text.Json.JsonSerializer.Serialize(draft);
        Assert.DoesNotContain("Mar\u00EDa", json, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Maria", json, StringComparison.Ordinal);
        MeetingDraftItem hers = draft.Items.Single(i => i.Index == 1);
        Assert.StartsWith("forgotten-", hers.Owner!.Id, StringComparison.Ordinal);
        Assert.Equal(("Former member", "Former member", "Former member"), (hers.Owner.DisplayName, hers.OwnerName, hers.Extracted.Speaker));
        Assert.Equal("Former member: I'll send the budget to finance by Friday.", hers.Extracted.Quote);
        Assert.Equal("Tom Lee: I'll book the venue, Former member knows the place.", draft.Items.Single(i => i.Index == 2).Extracted.Quote);
        Assert.Equal(Tom, draft.Items.Single(i => i.Index == 2).Owner);
        Assert.Equal("Tom Lee: we agreed with Former member to move the launch to March.", Assert.Single(draft.Decisions).Extracted.Quote);
        Assert.Equal("Budget sync with Former member", draft.Meeting.Title);
        Assert.Equal([Tom.Id, hers.Owner.Id], draft.Meeting.Participants.Select(p => p.Id));
        Assert.Null(await _bot.Storage.Get<IDeliveryStatusStore>().GetAsync(_bot.Tenant, Maria.Id, CancellationToken.None));
        Assert.NotNull(await _bot.Storage.Get<IDeliveryStatusStore>().GetAsync(_bot.Tenant, Ana.Id, CancellationToken.None));
        Assert.Null(await meetings.GetInputAsync(_bot.Tenant, "kept-maria", CancellationToken.None));
        Assert.NotNull(await meetings.GetInputAsync(_bot.Tenant, "kept-other", CancellationToken.None));
    }

    [Fact]
    public async Task ExportTenant_Markdown_HoldsDecisionsAndMeetingDraftsWithTheirQuotes()
    {
        var executor = new CommandExecutor(
            _bot.Storage.Items, _bot.Storage.People, _bot.Storage.Get<IDecisionStore>(), _bot.Storage.Get<IListCursorStore>(), _bot.Storage.Get<IGoalStore>(), _bot.Storage.Settings, _bot.Directory,
            _bot.Notifier, _bot.Storage.Time, exports: _bot.Storage.Get<IExportStore>(), endpoint: new PublicEndpoint(new Uri("https://bot.example.com/")), adminAudit: _bot.Storage.Get<IAdminAuditLog>(),
            meetings: _bot.Storage.Get<IMeetingStore>());
        await executor.InstallAsync(_bot.Tenant, Ola, CancellationToken.None);
        await executor.ExecuteAsync("decision Ship the beta on Friday", _bot.In(Maria), CancellationToken.None);
        await _bot.Storage.Get<IMeetingStore>().CreateAsync(
            new MeetingDraft
            {
                Meeting = new Meeting { Tenant = _bot.Tenant, Title = "Weekly sync", StartedAt = _bot.Storage.Time.GetUtcNow(), ConversationId = Leadership, Organizer = Tom, Participants = [Tom, Maria] },
                TranscriptHash = Guid.NewGuid().ToString("N") + Guid.NewGuid().ToString("N"),
                Items = [DraftLine(1, "Send the budget to finance", "Maria", "Maria Garcia: I'll send the budget to finance by Friday.", "Maria Garcia", Maria)],
                Decisions = [new MeetingDraftDecision { Extracted = new DraftDecision { Text = "Move the launch to March", Quote = "Tom Lee: we agreed to move the launch to March.", Confidence = 0.8, Reason = "agreed" } }],
            },
            CancellationToken.None);

        CommandResult md = await executor.ExecuteAsync("admin export-tenant md", _bot.In(Ola), CancellationToken.None);
        CommandResult csv = await executor.ExecuteAsync("admin export-tenant csv", _bot.In(Ola), CancellationToken.None);
        ExportFile markdown = (await executor.RenderExportAsync(md.Text[(md.Text.LastIndexOf('/') + 1)..], CancellationToken.None))!;
        ExportFile items = (await executor.RenderExportAsync(csv.Text[(csv.Text.LastIndexOf('/') + 1)..], CancellationToken.None))!;

        Assert.Contains("# Decisions\n\n- D1 Ship the beta on Friday — ", markdown.Content, StringComparison.Ordinal);
        Assert.Contains("## M1 Weekly sync", markdown.Content, StringComparison.Ordinal);
        Assert.Contains("- Participants: Tom Lee, Maria Garcia", markdown.Content, StringComparison.Ordinal);
        Assert.Contains("- Draft item 1 (Pending): Send the budget to finance — owner Maria Garcia; quote: Maria Garcia: I'll send the budget to finance by Friday.", markdown.Content, StringComparison.Ordinal);
        Assert.Contains("- Draft decision: Move the launch to March; quote: Tom Lee: we agreed to move the launch to March.", markdown.Content, StringComparison.Ordinal);
        Assert.DoesNotContain("Weekly sync", items.Content, StringComparison.Ordinal);
    }

    private static MeetingDraftItem DraftLine(int index, string task, string ownerName, string quote, string speaker, PersonRef owner) => new()
    {
        Index = index,
        Extracted = new DraftItem { Task = task, Owner = ownerName, Quote = quote, Speaker = speaker, Confidence = 0.75, Reason = "commitment" },
        Title = task,
        OwnerName = ownerName,
        Owner = owner,
    };

    /// <summary>Every row of the tenant, in every table of this test's storage, that still holds one of the values.</summary>
    private async Task<List<string>> RowsNamingAsync(TenantKey tenant, params string[] values)
    {
        StorageTables tables = _bot.Storage.Get<StorageTables>();
        string prefix = _bot.Storage.Options.TablePrefix;
        string partition = KeyEncoder.Encode(tenant.Value);
        var found = new List<string>();
        await foreach (TableItem table in tables.Service.QueryAsync(TableClient.CreateQueryFilter($"TableName ge {prefix} and TableName lt {prefix + "~"}")))
        {
            TableClient client = tables.Service.GetTableClient(table.Name);
            await foreach (TableEntity row in client.QueryAsync<TableEntity>())
            {
                bool ours = row.PartitionKey == partition || row.RowKey.StartsWith(partition + "|", StringComparison.Ordinal);
                string text = row.RowKey + " " + string.Join(" ", row.Select(p => p.Value).OfType<string>());
                if (ours && values.Any(v => text.Contains(v, StringComparison.OrdinalIgnoreCase) || text.Contains(KeyEncoder.Encode(v), StringComparison.OrdinalIgnoreCase)))
                {
                    found.Add(table.Name + ": " + text);
                }
            }
        }

        return found;
    }
}
