using System.Text.Json;
using ActionTracker.Bot.Tests.Infrastructure;
using ActionTracker.Core.Execution;
using ActionTracker.Core.People;
using ActionTracker.Core.Tenancy;
using Microsoft.Extensions.DependencyInjection;

namespace ActionTracker.Bot.Tests.Cli;

/// <summary>The <c>schedule</c> verb of the real executable, over the same storage the host wrote.</summary>
public sealed class ScheduleCommandTests
{
    [Fact]
    public async Task Schedule_DryRun_PrintsOneJsonLinePerMessageAndChangesNothing()
    {
        await using var factory = new BotFactory();
        var executor = factory.Services.GetRequiredService<CommandExecutor>();
        var tenant = TenantKey.ForTeams(Guid.NewGuid().ToString());
        var context = new CommandContext { Tenant = tenant, Requester = new PersonRef("29:una", "Una"), ConversationId = "19:team", RequesterTimeZoneId = "UTC" };
        CommandResult added = await executor.ExecuteAsync("add Send the deck due 2026-12-30", context, CancellationToken.None);
        Assert.True(added.Succeeded, added.Text);

        (int exit, string stdout, string stderr) = await RunAsync(factory, "schedule", "--at", "2026-12-30T10:00:00Z", "--dry-run");
        (int again, string stdoutAgain, _) = await RunAsync(factory, "schedule", "--at", "2026-12-30T10:00:00Z", "--dry-run");

        Assert.Equal(0, exit);
        using JsonDocument line = JsonDocument.Parse(stdout.Trim());
        Assert.Equal("reminder", line.RootElement.GetProperty("kind").GetString());
        Assert.Equal(tenant.Value, line.RootElement.GetProperty("tenant").GetString());
        Assert.Equal("29:una", line.RootElement.GetProperty("to").GetString());
        Assert.Equal("#1", line.RootElement.GetProperty("items")[0].GetString());
        Assert.Equal("2026-12-30T10:00:00Z", line.RootElement.GetProperty("at").GetString());
        Assert.Equal(0, again);
        Assert.Equal(stdout, stdoutAgain);
        Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(2, "schedule")]
    [InlineData(2, "schedule", "--at")]
    [InlineData(2, "schedule", "--at", "2026-12-30T10:00:00Z", "--bogus")]
    [InlineData(1, "schedule", "--at", "2026-12-30T10:00:00")]
    [InlineData(1, "schedule", "--at", "tomorrow")]
    public async Task Schedule_BadArguments_ExitWithUsageOrInputError(int expected, params string[] args)
    {
        await using var factory = new BotFactory();

        (int exit, string stdout, string stderr) = await RunAsync(factory, args);

        Assert.Equal(expected, exit);
        Assert.Equal(string.Empty, stdout);
        Assert.NotEmpty(stderr);
    }

    private static Task<(int ExitCode, string Stdout, string Stderr)> RunAsync(BotFactory factory, params string[] args) =>
        BotProcess.RunAsync(
            new Dictionary<string, string?>
            {
                ["ASPNETCORE_ENVIRONMENT"] = "Testing",
                ["Storage__ConnectionString"] = BotFactory.StorageConnectionString,
                ["Storage__TablePrefix"] = factory.Unique,
                ["Storage__QueueName"] = factory.Unique,
            },
            args);
}
