using System.Diagnostics;

namespace ActionTracker.Bot.Tests.Slack;

/// <summary>Starts the real executable with an enabled but incomplete Slack section: it stops naming the key.</summary>
public sealed class SlackStartupTests
{
    [Theory]
    [InlineData(null, "xoxb-1", "Slack:AppId")]
    [InlineData("A1", null, "Slack:BotToken")]
    [InlineData("A1", null, "Slack:ClientSecret", "123.456")]
    public async Task Start_SlackEnabledButIncomplete_ExitsNamingTheKey(string? appId, string? botToken, string key, string? clientId = null)
    {
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "ActionTracker.Bot.dll"), "--urls", "http://127.0.0.1:0"])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Storage__ConnectionString"] = "UseDevelopmentStorage=true";
        start.Environment["Slack__SigningSecret"] = "secret";
        start.Environment["Slack__AppId"] = appId;
        start.Environment["Slack__BotToken"] = botToken;
        start.Environment["Slack__ClientId"] = clientId;

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
            Assert.Fail("The bot kept running despite invalid Slack settings.");
        }

        await stdout;
        Assert.NotEqual(0, process.ExitCode);
        Assert.Contains(key, await stderr, StringComparison.Ordinal);
    }
}
