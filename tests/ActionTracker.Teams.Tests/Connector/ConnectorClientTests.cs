using System.Net;
using System.Net.Http.Headers;
using ActionTracker.Teams.Connector;

namespace ActionTracker.Teams.Tests.Connector;

public sealed class ConnectorClientTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 12, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("POST", HttpStatusCode.TooManyRequests, true)]
    [InlineData("POST", HttpStatusCode.ServiceUnavailable, false)]
    [InlineData("POST", HttpStatusCode.InternalServerError, false)]
    [InlineData("PUT", HttpStatusCode.ServiceUnavailable, true)]
    [InlineData("GET", HttpStatusCode.ServiceUnavailable, true)]
    [InlineData("GET", HttpStatusCode.NotFound, false)]
    public void IsRetryable_NeverRepeatsPossiblyAppliedSends(string method, HttpStatusCode status, bool expected) =>
        Assert.Equal(expected, ConnectorClient.IsRetryable(new HttpMethod(method), status));

    [Fact]
    public void RetryDelay_HonoursAndCapsRetryAfter()
    {
        Assert.Equal(TimeSpan.FromSeconds(2), ConnectorClient.RetryDelay(new RetryConditionHeaderValue(TimeSpan.FromSeconds(2)), Now, 1));
        Assert.Equal(TimeSpan.FromSeconds(10), ConnectorClient.RetryDelay(new RetryConditionHeaderValue(TimeSpan.FromHours(1)), Now, 1));
        Assert.Equal(TimeSpan.FromSeconds(3), ConnectorClient.RetryDelay(new RetryConditionHeaderValue(Now.AddSeconds(3)), Now, 1));
        Assert.Equal(TimeSpan.Zero, ConnectorClient.RetryDelay(new RetryConditionHeaderValue(Now.AddSeconds(-3)), Now, 1));
        Assert.Equal(TimeSpan.FromSeconds(2), ConnectorClient.RetryDelay(null, Now, 2));
    }

    [Theory]
    [InlineData(null, null, "https://login.microsoftonline.com/botframework.com/oauth2/v2.0/token")]
    [InlineData("6a1d3f8e-1111-4c2b-9a77-0d7e0e5c1a10", null, "https://login.microsoftonline.com/6a1d3f8e-1111-4c2b-9a77-0d7e0e5c1a10/oauth2/v2.0/token")]
    [InlineData("6a1d3f8e-1111-4c2b-9a77-0d7e0e5c1a10", "https://token.example/t", "https://token.example/t")]
    public void TokenEndpoint_DerivedFromAppType(string? tenant, string? configured, string expected)
    {
        var options = new ActionTracker.Teams.TeamsOptions { AppTenantId = tenant, TokenEndpoint = configured };

        Assert.Equal(expected, BotTokenProvider.TokenEndpoint(options).ToString());
    }
}
