using System.Diagnostics;

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

    private static async Task<(int ExitCode, string Stderr)> RunBotAsync(Dictionary<string, string?> environment)
    {
        string dll = Path.Combine(AppContext.BaseDirectory, "ActionTracker.Bot.dll");
        var start = new ProcessStartInfo("dotnet", [dll, "--urls", "http://127.0.0.1:0"])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        foreach ((string key, string? value) in environment)
        {
            start.Environment[key] = value;
        }

        start.Environment.Remove("Storage__ConnectionString");
        if (environment.TryGetValue("Storage__ConnectionString", out string? connection))
        {
            start.Environment["Storage__ConnectionString"] = connection;
        }

        using Process process = Process.Start(start)!;
        Task<string> stderr = process.StandardError.ReadToEndAsync();
        Task<string> stdout = process.StandardOutput.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail("The bot kept running despite invalid configuration.");
        }

        await stdout;
        return (process.ExitCode, await stderr);
    }
}
