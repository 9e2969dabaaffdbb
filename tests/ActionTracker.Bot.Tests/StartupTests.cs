using ActionTracker.Bot.Tests.Infrastructure;

namespace ActionTracker.Bot.Tests;

/// <summary>Starts the real executable: configuration errors stop it with a message naming the setting.</summary>
public sealed class StartupTests
{
    [Fact]
    public async Task Start_NoConnectionStringOutsideDevelopment_ExitsNonZeroNamingTheSetting()
    {
        (int exitCode, string stderr) = await RunBotAsync(new Dictionary<string, string?> { ["ASPNETCORE_ENVIRONMENT"] = "Production" });

        Assert.NotEqual(0, exitCode);
        Assert.Contains("Storage:ConnectionString is required", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_MalformedConnectionString_ExitsNonZeroNamingTheSetting()
    {
        (int exitCode, string stderr) = await RunBotAsync(new Dictionary<string, string?>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["Storage__ConnectionString"] = "this is not a connection string",
        });

        Assert.NotEqual(0, exitCode);
        Assert.Contains("Storage:ConnectionString is not a valid", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_BadQueueName_ExitsNonZeroNamingTheSetting()
    {
        (int exitCode, string stderr) = await RunBotAsync(new Dictionary<string, string?>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["Storage__ConnectionString"] = "UseDevelopmentStorage=true",
            ["Storage__QueueName"] = "Bad_Name",
        });

        Assert.NotEqual(0, exitCode);
        Assert.Contains("Storage:QueueName", stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("collector:4318")]
    [InlineData("ftp://collector/")]
    public async Task Start_BadOtlpEndpoint_ExitsNonZeroNamingTheSetting(string endpoint)
    {
        (int exitCode, string stderr) = await RunBotAsync(new Dictionary<string, string?>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["Storage__ConnectionString"] = "UseDevelopmentStorage=true",
            ["Telemetry__OtlpEndpoint"] = endpoint,
        });

        Assert.Equal(2, exitCode);
        Assert.Contains("Telemetry:OtlpEndpoint must be an absolute http(s) URL", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Transcripts__RawRetentionDays", "-1", "Transcripts:RawRetentionDays must be between 0 and 3650")]
    [InlineData("Telemetry__MetricExportInterval", "00:00:00.001", "Telemetry:MetricExportInterval")]
    public async Task Start_BadRetentionOrExportInterval_ExitsNonZeroNamingTheSetting(string key, string value, string message)
    {
        (int exitCode, string stderr) = await RunBotAsync(new Dictionary<string, string?>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["Storage__ConnectionString"] = "UseDevelopmentStorage=true",
            ["Telemetry__OtlpEndpoint"] = "http://127.0.0.1:9/",
            [key] = value,
        });

        Assert.Equal(2, exitCode);
        Assert.Contains(message, stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_ClaimNotLongerThanTheLease_ExitsNonZeroNamingTheSettings()
    {
        (int exitCode, string stderr) = await RunBotAsync(new Dictionary<string, string?>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["Storage__ConnectionString"] = "UseDevelopmentStorage=true",
            ["Scheduler__LeaseDuration"] = "00:00:10",
            ["Scheduler__ClaimStaleAfter"] = "00:00:10",
        });

        Assert.NotEqual(0, exitCode);
        Assert.Contains("Scheduler:ClaimStaleAfter must be longer than Scheduler:LeaseDuration", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);
    }

    private static async Task<(int ExitCode, string Stderr)> RunBotAsync(Dictionary<string, string?> environment)
    {
        (int exitCode, _, string stderr) = await BotProcess.RunAsync(environment, "--urls", "http://127.0.0.1:0");
        return (exitCode, stderr);
    }
}
