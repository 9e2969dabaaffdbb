using ActionTracker.Core.Execution;
using ActionTracker.Core.Items;
using static ActionTracker.Storage.Tests.Workflows.WorkflowHarness;

namespace ActionTracker.Storage.Tests.Workflows;

public sealed class GoalWorkflowTests : IAsyncDisposable
{
    private readonly WorkflowHarness _bot = new();

    public ValueTask DisposeAsync() => _bot.DisposeAsync();

    [Fact]
    public async Task Goals_MilestonesAndLinkedItems_ShowProgress()
    {
        CommandResult goal = await _bot.RunAsync(Tom, "goal add Grow revenue 20% due 2026-12-31");
        CommandResult milestone = await _bot.RunAsync(Tom, "goal milestone G1 Pilot live due 2026-12-18");
        await _bot.RunAsync(Tom, "add Sign the pilot customer");
        await _bot.RunAsync(Tom, "add Price the new tier");
        await _bot.RunAsync(Tom, "add Draft the press release");
        await _bot.RunAsync(Tom, "add Cancelled idea");
        CommandResult linkedToMilestone = await _bot.RunAsync(Tom, "link #1 G1.1");
        await _bot.RunAsync(Tom, "link #2 G1");
        await _bot.RunAsync(Tom, "link #3 G1");
        await _bot.RunAsync(Tom, "link #4 G1");
        await _bot.RunAsync(Tom, "done #1");
        await _bot.RunAsync(Tom, "cancel #4");

        CommandResult shown = await _bot.RunAsync(Maria, "goal show G1");
        CommandResult listed = await _bot.RunAsync(Maria, "goal list");

        Assert.Equal("Created G1 Grow revenue 20% · Tom Lee · due Thu 31 Dec 2026 · Team", goal.Text);
        Assert.Equal("Created milestone G1.1 Pilot live · due Fri 18 Dec 2026", milestone.Text);
        Assert.StartsWith("Linked: #1", linkedToMilestone.Text, StringComparison.Ordinal);
        string[] lines = shown.Text.Split('\n');
        Assert.Equal("Progress: 1/3 done (33%)", lines[1]);
        Assert.Equal("  G1.1 Pilot live · due Fri 18 Dec 2026: 1/1 done (100%)", lines[2]);
        Assert.Equal("Goals:\n• G1 Grow revenue 20% · Tom Lee · due Thu 31 Dec 2026 · Team", listed.Text);
    }

    [Fact]
    public async Task Link_UnknownGoalOrMilestone_IsRefusedAndChangesNothing()
    {
        await _bot.RunAsync(Tom, "goal add Grow revenue");
        await _bot.RunAsync(Tom, "add Price the new tier");

        CommandResult unknownGoal = await _bot.RunAsync(Tom, "link #1 G9");
        CommandResult unknownMilestone = await _bot.RunAsync(Tom, "link #1 G1.4");
        CommandResult unlinked = await _bot.RunAsync(Tom, "unlink #1");

        Assert.Equal("There is no goal G9 that you can see here.", unknownGoal.Text.Split('\n')[0]);
        Assert.Equal("G1 has no milestone G1.4.", unknownMilestone.Text.Split('\n')[0]);
        Assert.Equal("#1 is not linked to a goal.", unlinked.Text);
        Assert.Null((await _bot.Storage.Items.GetAsync(_bot.Tenant, new ItemNumber(1), CancellationToken.None))!.GoalId);
    }

    [Fact]
    public async Task PersonalGoal_IsHiddenFromOthers()
    {
        await _bot.RunAsync(Tom, "goal add Learn public speaking personal");

        CommandResult mine = await _bot.RunAsync(Tom, "goal show G1");
        CommandResult theirs = await _bot.RunAsync(Maria, "goal show G1");

        Assert.True(mine.Succeeded, mine.Text);
        Assert.StartsWith("G1 Learn public speaking · Tom Lee · no due date · Personal", mine.Text, StringComparison.Ordinal);
        Assert.Equal("There is no goal G1 that you can see here.", theirs.Text.Split('\n')[0]);
    }

    [Fact]
    public async Task Add_WithAnUnknownGoal_IsRefusedAndStoresNothing()
    {
        CommandResult result = await _bot.RunAsync(Tom, "add Price the new tier goal G4");

        Assert.False(result.Succeeded);
        Assert.StartsWith("There is no goal G4 that you can see here.", result.Text, StringComparison.Ordinal);
        Assert.Null(await _bot.Storage.Items.GetAsync(_bot.Tenant, new ItemNumber(1), CancellationToken.None));
    }
}
