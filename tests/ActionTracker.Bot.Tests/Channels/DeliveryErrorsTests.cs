using ActionTracker.Bot.Channels;
using ActionTracker.Slack.WebApi;
using ActionTracker.Teams.Connector;

namespace ActionTracker.Bot.Tests.Channels;

public sealed class DeliveryErrorsTests
{
    [Theory]
    [InlineData("user_not_found", "user_not_found")]
    [InlineData("account_inactive", "account_inactive")]
    [InlineData("token_revoked", "token_revoked")]
    [InlineData("channel_not_found", "channel_not_found")]
    [InlineData("ratelimited", null)]
    [InlineData("http_500", null)]
    [InlineData("", null)]
    public void PermanentReason_SlackErrors_OnlyFinalOnesAreRecorded(string error, string? expected)
    {
        Assert.Equal(expected, DeliveryErrors.PermanentReason(new SlackApiException(error)));
    }

    [Theory]
    [InlineData(403, "HTTP 403")]
    [InlineData(404, "HTTP 404")]
    [InlineData(401, "HTTP 401")]
    [InlineData(429, null)]
    [InlineData(503, null)]
    [InlineData(0, null)]
    public void PermanentReason_ConnectorStatus_OnlyGoneOrForbiddenIsFinal(int status, string? expected)
    {
        Assert.Equal(expected, DeliveryErrors.PermanentReason(new ConnectorException("send", status)));
    }

    [Fact]
    public void PermanentReason_OtherFailures_AreRetried()
    {
        Assert.Null(DeliveryErrors.PermanentReason(new HttpRequestException("connection reset")));
        Assert.Null(DeliveryErrors.PermanentReason(new InvalidOperationException("no channel configured")));
    }
}
