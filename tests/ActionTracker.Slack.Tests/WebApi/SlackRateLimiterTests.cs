using ActionTracker.Slack.WebApi;
using Microsoft.Extensions.Time.Testing;

namespace ActionTracker.Slack.Tests.WebApi;

public sealed class SlackRateLimiterTests
{
    private readonly FakeTimeProvider _time = new();

    [Fact]
    public void Reserve_Tier3_BurstOfFiftyThenOneSlotPerInterval()
    {
        var limiter = new SlackRateLimiter(_time);

        TimeSpan[] burst = Enumerable.Range(0, 50).Select(_ => limiter.Reserve("conversations.open", "xoxb-1", null)).ToArray();
        TimeSpan next = limiter.Reserve("conversations.open", "xoxb-1", null);
        TimeSpan after = limiter.Reserve("conversations.open", "xoxb-1", null);

        Assert.All(burst, wait => Assert.Equal(TimeSpan.Zero, wait));
        Assert.Equal(SlackRateLimit.Tier3.Interval, next);
        Assert.Equal(SlackRateLimit.Tier3.Interval * 2, after);
    }

    [Fact]
    public void Reserve_WorkspacesAndMethodsIndependent()
    {
        var limiter = new SlackRateLimiter(_time);
        for (int i = 0; i < 50; i++)
        {
            limiter.Reserve("conversations.open", "xoxb-1", null);
        }

        Assert.Equal(TimeSpan.Zero, limiter.Reserve("conversations.open", "xoxb-2", null));
        Assert.Equal(TimeSpan.Zero, limiter.Reserve("chat.update", "xoxb-1", null));
        Assert.True(limiter.Reserve("conversations.open", "xoxb-1", null) > TimeSpan.Zero);
    }

    [Fact]
    public void Reserve_PostMessage_PacedPerChannel()
    {
        var limiter = new SlackRateLimiter(_time);

        TimeSpan first = limiter.Reserve("chat.postMessage", "xoxb-1", "C1");
        TimeSpan sameChannel = limiter.Reserve("chat.postMessage", "xoxb-1", "C1");
        TimeSpan otherChannel = limiter.Reserve("chat.postMessage", "xoxb-1", "C2");
        _time.Advance(TimeSpan.FromSeconds(5));
        TimeSpan later = limiter.Reserve("chat.postMessage", "xoxb-1", "C1");

        Assert.Equal(TimeSpan.Zero, first);
        Assert.Equal(TimeSpan.FromSeconds(1), sameChannel);
        Assert.Equal(TimeSpan.Zero, otherChannel);
        Assert.Equal(TimeSpan.Zero, later);
    }

    [Fact]
    public void Penalize_HoldsMethodForRetryAfter_EvenWithoutATier()
    {
        var limiter = new SlackRateLimiter(_time);

        limiter.Penalize("users.info", "xoxb-1", null, TimeSpan.FromSeconds(30));
        limiter.Penalize("admin.unknown", "xoxb-1", null, TimeSpan.FromSeconds(10));

        Assert.Equal(TimeSpan.FromSeconds(30), limiter.Reserve("users.info", "xoxb-1", null));
        Assert.Equal(TimeSpan.FromSeconds(10), limiter.Reserve("admin.unknown", "xoxb-1", null));
        Assert.Equal(TimeSpan.Zero, limiter.Reserve("users.info", "xoxb-2", null));
    }

    [Fact]
    public void Reserve_UntieredMethod_NeverWaitsAndKeepsNoState()
    {
        var limiter = new SlackRateLimiter(_time);

        for (int i = 0; i < 1000; i++)
        {
            Assert.Equal(TimeSpan.Zero, limiter.Reserve("oauth.v2.access", "x", null));
        }

        Assert.Equal(0, limiter.BucketCount);
    }

    [Fact]
    public void Reserve_ManyWorkspaces_BucketsBounded()
    {
        var limiter = new SlackRateLimiter(_time);

        for (int i = 0; i < SlackRateLimiter.MaxBuckets + 500; i++)
        {
            limiter.Reserve("users.info", "xoxb-" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), null);
            if (i == SlackRateLimiter.MaxBuckets - 1)
            {
                _time.Advance(TimeSpan.FromMinutes(5));
            }
        }

        Assert.InRange(limiter.BucketCount, 1, SlackRateLimiter.MaxBuckets);
    }
}
