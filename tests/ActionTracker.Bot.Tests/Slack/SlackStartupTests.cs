using ActionTracker.Bot.Tests.Infrastructure;

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
        (int exitCode, _, string stderr) = await BotProcess.RunAsync(
            new Dictionary<string, string?>
            {
                ["ASPNETCORE_ENVIRONMENT"] = "Production",
                ["Storage__ConnectionString"] = "UseDevelopmentStorage=true",
                ["Slack__SigningSecret"] = "secret",
                ["Slack__AppId"] = appId,
                ["Slack__BotToken"] = botToken,
                ["Slack__ClientId"] = clientId,
            },
            "--urls",
            "http://127.0.0.1:0");

        Assert.NotEqual(0, exitCode);
        Assert.Contains(key, stderr, StringComparison.Ordinal);
    }
}
