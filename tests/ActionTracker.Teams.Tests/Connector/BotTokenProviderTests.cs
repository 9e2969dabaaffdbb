using ActionTracker.Teams.Connector;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace ActionTracker.Teams.Tests.Connector;

public sealed class BotTokenProviderTests
{
    [Fact]
    public async Task GetToken_CachedUntilFiveMinutesBeforeExpiry()
    {
        int issued = 0;
        using var handler = new RecordingHandler(_ => RecordingHandler.Json($$"""{"access_token":"t{{++issued}}","expires_in":3600}"""));
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 23, 12, 0, 0, TimeSpan.Zero));
        using var provider = new BotTokenProvider(handler, Options.Create(new TeamsOptions { AppId = "app", AppPassword = "secret" }), time);

        string? first = await provider.GetTokenAsync(CancellationToken.None);
        time.Advance(TimeSpan.FromMinutes(54));
        string? cached = await provider.GetTokenAsync(CancellationToken.None);
        time.Advance(TimeSpan.FromMinutes(2));
        string? renewed = await provider.GetTokenAsync(CancellationToken.None);

        Assert.Equal("t1", first);
        Assert.Equal("t1", cached);
        Assert.Equal("t2", renewed);
        Assert.Contains("scope=https%3A%2F%2Fapi.botframework.com%2F.default", handler.Requests[0].Body, StringComparison.Ordinal);
        Assert.Contains("grant_type=client_credentials", handler.Requests[0].Body, StringComparison.Ordinal);
        Assert.Equal("https://login.microsoftonline.com/botframework.com/oauth2/v2.0/token", handler.Requests[0].Uri.ToString());
    }

    [Fact]
    public async Task GetToken_NoAppId_IsNullAndCallsNothing()
    {
        using var handler = new RecordingHandler(_ => throw new InvalidOperationException("no call expected"));
        using var provider = new BotTokenProvider(handler, Options.Create(new TeamsOptions()), TimeProvider.System);

        Assert.Null(await provider.GetTokenAsync(CancellationToken.None));
        Assert.Empty(handler.Requests);
    }
}
