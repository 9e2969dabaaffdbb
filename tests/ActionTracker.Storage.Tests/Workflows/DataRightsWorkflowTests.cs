using ActionTracker.Core.Audit;
using ActionTracker.Core.Execution;
using ActionTracker.Core.Items;
using ActionTracker.Core.People;
using ActionTracker.Core.Ports;
using ActionTracker.Core.Tenancy;
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
