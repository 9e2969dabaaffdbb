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

    [Fact]
    public async Task Ask_PlainEnglishQuestions_AreAnsweredFromTheReview()
    {
        await _bot.Storage.People.SaveAsync(new Person { Tenant = _bot.Tenant, Ref = Maria, Manager = Tom }, CancellationToken.None);
        await _bot.RunAsync(Tom, "goal add Grow revenue");
        await _bot.RunAsync(Maria, "add Price the new tier goal G1");
        await _bot.RunAsync(Maria, "add Present at the all-hands kind:development");
        await _bot.RunAsync(Maria, "add Send the numbers due tomorrow");
        await _bot.RunAsync(Maria, "done #1");
        _bot.Storage.Time.Advance(TimeSpan.FromDays(3));

        CommandResult completed = await _bot.RunAsync(Tom, $"what has <@{Maria.Id}> completed related to their goals?");
        CommandResult discuss = await _bot.RunAsync(Tom, $"ask what open items should be discussed in <@{Maria.Id}>'s review?");
        CommandResult unknown = await _bot.RunAsync(Tom, "ask how is the weather?");
        CommandResult refused = await _bot.RunAsync(Ana, $"what has <@{Maria.Id}> completed related to their goals?");

        Assert.Equal("Maria Garcia completed 1 goal-linked items in Wed 2 Sep 2026 – Mon 30 Nov 2026:\n• G1: #1 Price the new tier", completed.Text);
        Assert.StartsWith("To discuss in Maria Garcia's review:\n• #3 Send the numbers", discuss.Text, StringComparison.Ordinal);
        Assert.Contains("#2 Present at the all-hands", discuss.Text, StringComparison.Ordinal);
        Assert.StartsWith("I can answer these questions:", unknown.Text, StringComparison.Ordinal);
        Assert.False(refused.Succeeded);
    }

    [Fact]
    public async Task AdminSetsManager_ThenTheManagerMaySeeTheReview()
    {
        await _bot.Executor.InstallAsync(_bot.Tenant, Ola, CancellationToken.None);

        CommandResult before = await _bot.RunAsync(Ana, $"review <@{Maria.Id}>");
        CommandResult refused = await _bot.RunAsync(Maria, $"admin manager <@{Maria.Id}> <@{Maria.Id}>");
        CommandResult set = await _bot.RunAsync(Ola, $"admin manager <@{Maria.Id}> <@{Ana.Id}>");
        CommandResult after = await _bot.RunAsync(Ana, $"review <@{Maria.Id}>");
        CommandResult cleared = await _bot.RunAsync(Ola, $"admin manager <@{Maria.Id}> none");
        CommandResult again = await _bot.RunAsync(Ana, $"review <@{Maria.Id}>");

        Assert.False(before.Succeeded);
        Assert.Equal("Only admins can set who manages whom.", refused.Text);
        Assert.Equal("Ana Silva now manages Maria Garcia.", set.Text);
        Assert.True(after.Succeeded, after.Text);
        Assert.Equal("Maria Garcia has no manager set now.", cleared.Text);
        Assert.False(again.Succeeded);
    }
}
