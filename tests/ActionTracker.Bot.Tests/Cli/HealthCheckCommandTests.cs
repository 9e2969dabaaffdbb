using ActionTracker.Bot.Cli;
using ActionTracker.Bot.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace ActionTracker.Bot.Tests.Cli;

/// <summary>The container health check verb, run as the real executable against a local server.</summary>
public sealed class HealthCheckCommandTests
{
    private static readonly Dictionary<string, string?> NoSettings = new(StringComparer.Ordinal);

    [Fact]
    public async Task HealthCheck_HealthzAnswers200_ExitsZero_503ExitsOne()
    {
        WebApplication app = LoopbackServer.Create();
        int status = 200;
        app.MapGet("/healthz", () => Results.StatusCode(status));
        Uri server = await LoopbackServer.StartAsync(app);
        try
        {
            (int healthy, string stdout, _) = await BotProcess.RunAsync(NoSettings, "healthcheck", server + "healthz");
            status = 503;
            (int unhealthy, _, _) = await BotProcess.RunAsync(NoSettings, "healthcheck", server + "healthz");

            Assert.Equal(0, healthy);
            Assert.Equal("200", stdout.Trim());
            Assert.Equal(1, unhealthy);
        }
        finally
        {
            await app.DisposeAsync();
        }
    }

    [Fact]
    public async Task HealthCheck_NothingListening_ExitsOne_BadUrlExitsTwo()
    {
        (int refused, _, string stderr) = await BotProcess.RunAsync(NoSettings, "healthcheck", "http://127.0.0.1:9/healthz");
        (int usage, _, _) = await BotProcess.RunAsync(NoSettings, "healthcheck", "not a url");

        Assert.Equal(1, refused);
        Assert.StartsWith("unhealthy:", stderr, StringComparison.Ordinal);
        Assert.Equal(2, usage);
    }

    [Theory]
    [InlineData(null, "http://127.0.0.1:8080/healthz")]
    [InlineData("5000", "http://127.0.0.1:5000/healthz")]
    [InlineData("8081;8082", "http://127.0.0.1:8081/healthz")]
    [InlineData("banana", null)]
    [InlineData("70000", null)]
    public void LocalUrl_FirstConfiguredPort(string? ports, string? expected)
    {
        Assert.Equal(expected, HealthCheckCommand.LocalUrl(ports)?.ToString());
    }
}
