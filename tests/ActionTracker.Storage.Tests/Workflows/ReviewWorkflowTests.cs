using ActionTracker.Core.Execution;
using ActionTracker.Core.People;
using static ActionTracker.Storage.Tests.Workflows.WorkflowHarness;

namespace ActionTracker.Storage.Tests.Workflows;

public sealed class ReviewWorkflowTests : IAsyncDisposable
{
    private readonly WorkflowHarness _bot = new();

    public ValueTask DisposeAsync() => _bot.DisposeAsync();

    [Fact]
    public async Task Review_PersonManagerAndAdminMaySee_OthersMayNot()
    {
        await _bot.Storage.People.SaveAsync(new Person { Tenant = _bot.Tenant, Ref = Maria, Manager = Tom }, CancellationToken.None);
        await _bot.Executor.InstallAsync(_bot.Tenant, Ola, CancellationToken.None);
        await _bot.RunAsync(Maria, "add Prepare the budget due tomorrow");
        await _bot.RunAsync(Maria, "done #1");

        CommandResult own = await _bot.RunAsync(Maria, "review me");
        CommandResult manager = await _bot.RunAsync(Tom, $"review <@{Maria.Id}>");
        CommandResult admin = await _bot.RunAsync(Ola, $"review <@{Maria.Id}>");
        CommandResult peer = await _bot.RunAsync(Ana, $"review <@{Maria.Id}>");

        Assert.StartsWith("Review for Maria Garcia, Sun 30 Aug 2026 – Fri 27 Nov 2026", own.Text, StringComparison.Ordinal);
        Assert.Contains("Completed: 1 (1 on time, 0 late)", own.Text, StringComparison.Ordinal);
        Assert.Equal(own.Text, manager.Text);
        Assert.Equal(own.Text, admin.Text);
        Assert.False(peer.Succeeded);
        Assert.Equal("Reviews are visible only to the person, their manager and admins; you can't see Maria Garcia's.", peer.Text);
    }

    [Fact]
    public async Task Review_PeriodEndingBeforeItStarts_IsRefused()
    {
        CommandResult result = await _bot.RunAsync(Maria, "review me from Nov 20 to Nov 10");

        Assert.False(result.Succeeded);
        Assert.StartsWith("The period starts (Fri 20 Nov 2026) after it ends (Tue 10 Nov 2026).", result.Text, StringComparison.Ordinal);
    }
}
