using System.Diagnostics;

namespace ActionTracker.Bot.Tests.Infrastructure;

/// <summary>Runs the real executable (start-up validation, CLI verbs) with exactly the given environment settings.</summary>
internal static class BotProcess
{
    public static async Task<(int ExitCode, string Stdout, string Stderr)> RunAsync(IReadOnlyDictionary<string, string?> environment, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "ActionTracker.Bot.dll"), .. args])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            WorkingDirectory = AppContext.BaseDirectory,
        };

        // Only the settings a test names: a connection string inherited from the test run must not leak in.
        start.Environment.Remove("Storage__ConnectionString");
        foreach ((string key, string? value) in environment)
        {
            start.Environment[key] = value;
        }

        using Process process = Process.Start(start)!;
        Task<string> stdout = process.StandardOutput.ReadToEndAsync();
        Task<string> stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail("The bot kept running: " + string.Join(' ', args));
        }

        return (process.ExitCode, await stdout, await stderr);
    }
}
