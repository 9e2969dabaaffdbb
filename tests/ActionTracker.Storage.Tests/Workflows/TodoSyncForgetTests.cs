using ActionTracker.Core.Execution;
using ActionTracker.Core.Items;
using ActionTracker.Core.Ports;
using ActionTracker.Core.Sync;
using static ActionTracker.Storage.Tests.Workflows.WorkflowHarness;

namespace ActionTracker.Storage.Tests.Workflows;

/// <summary><c>admin forget</c> removes the person's To Do sync state and links, and nobody else's.</summary>
public sealed class TodoSyncForgetTests : IAsyncDisposable
{
    private readonly WorkflowHarness _bot = new();

    public ValueTask DisposeAsync() => _bot.DisposeAsync();

    [Fact]
    public async Task Forget_DeletesThePersonsSyncStateAndLinks_OthersKeepTheirs()
    {
        ITodoSyncStore store = _bot.Storage.Get<ITodoSyncStore>();
        await _bot.Executor.InstallAsync(_bot.Tenant, Ola, CancellationToken.None);
        await _bot.RunAsync(Maria, "add Prepare the budget due tomorrow");
        foreach (var person in new[] { Maria, Tom })
        {
            await store.SaveStateAsync(new TodoSyncState { Tenant = _bot.Tenant, Person = person, Enabled = true, ListId = "list" }, CancellationToken.None);
            await store.SaveLinkAsync(
                new TodoTaskLink { Tenant = _bot.Tenant, PersonId = person.Id, Number = new ItemNumber(1), TaskId = "task-" + person.Id, Fingerprint = "fp" },
                CancellationToken.None);
        }

        CommandResult forgot = await _bot.RunAsync(Ola, $"admin forget <@{Maria.Id}>");

        Assert.True(forgot.Succeeded, forgot.Text);
        Assert.Null(await store.GetStateAsync(_bot.Tenant, Maria.Id, CancellationToken.None));
        Assert.Empty(await store.ListLinksAsync(_bot.Tenant, Maria.Id, CancellationToken.None));
        Assert.NotNull(await store.GetStateAsync(_bot.Tenant, Tom.Id, CancellationToken.None));
        Assert.Single(await store.ListLinksAsync(_bot.Tenant, Tom.Id, CancellationToken.None));
        Assert.DoesNotContain(await store.ListEnabledAsync(CancellationToken.None), s => s.Person.Id == Maria.Id);
    }
}
