using ActionTracker.Core.Execution;
using static ActionTracker.Storage.Tests.Workflows.WorkflowHarness;

namespace ActionTracker.Storage.Tests.Workflows;

public sealed class SettingsWorkflowTests : IAsyncDisposable
{
    private readonly WorkflowHarness _bot = new();

    public ValueTask DisposeAsync() => _bot.DisposeAsync();

    [Fact]
    public async Task Settings_TimeZoneHoursAndMute_AreSavedAndShown()
    {
        CommandResult shown = await _bot.RunAsync(Maria, "settings");
        CommandResult zone = await _bot.RunAsync(Maria, "settings timezone America/New_York");
        CommandResult hours = await _bot.RunAsync(Maria, "settings hours 8:00-16:30");
        CommandResult muted = await _bot.RunAsync(Maria, "settings mute until Monday");
        CommandResult badZone = await _bot.RunAsync(Maria, "settings timezone Mars/Olympus");
        CommandResult badHours = await _bot.RunAsync(Maria, "settings hours 17:00-09:00");

        Assert.Equal("Time zone Europe/Berlin, working hours 09:00-17:30 on Mon, Tue, Wed, Thu, Fri, reminders not muted.", shown.Text);
        Assert.Equal("Saved. Time zone America/New_York, working hours 09:00-17:30 on Mon, Tue, Wed, Thu, Fri, reminders not muted.", zone.Text);
        Assert.StartsWith("Saved. Time zone America/New_York, working hours 08:00-16:30", hours.Text, StringComparison.Ordinal);
        Assert.EndsWith("reminders muted until Mon 30 Nov 2026 00:00.", muted.Text, StringComparison.Ordinal);
        Assert.False(badZone.Succeeded);
        Assert.False(badHours.Succeeded);
        Assert.Equal("America/New_York", (await _bot.Storage.People.GetAsync(_bot.Tenant, Maria.Id, CancellationToken.None))!.TimeZoneId);
    }

    [Fact]
    public async Task TeamSettings_AdminsChangeThem_OthersOnlyLook()
    {
        await _bot.Executor.InstallAsync(_bot.Tenant, Ola, CancellationToken.None);

        CommandResult refused = await _bot.RunAsync(Maria, "settings team quiet 12:00-13:00");
        CommandResult leadership = await _bot.RunAsync(Ola, "settings team leadership");
        CommandResult quiet = await _bot.RunAsync(Ola, "settings team quiet 12:00-13:00");
        CommandResult ladder = await _bot.RunAsync(Ola, "settings team reminders 1,5,0");
        CommandResult bad = await _bot.RunAsync(Ola, "settings team reminders soon");
        CommandResult shown = await _bot.RunAsync(Maria, "settings team");

        Assert.Equal("Only admins can change the team's settings; `admin list` shows who they are.", refused.Text);
        Assert.True(leadership.Succeeded && quiet.Succeeded && ladder.Succeeded);
        Assert.False(bad.Succeeded);
        Assert.Equal(
            "Team settings: digest to 19:leadership@thread.tacv2, reminders 5, 1, 0 working days before due, overdue every 2, escalate after 3, quiet hours 12:00-13:00, time zone Europe/Berlin.",
            shown.Text);
    }
}
