using ActionTracker.Slack.Handlers;
using Microsoft.Extensions.Time.Testing;

namespace ActionTracker.Slack.Tests.Handlers;

public sealed class SlackLookupCacheTests
{
    private readonly FakeTimeProvider _time = new();

    [Fact]
    public void TryClaim_SecondCallerWhileClaimed_Refused()
    {
        var cache = new SlackLookupCache(_time);

        bool first = cache.TryClaim("k");
        bool second = cache.TryClaim("k");

        Assert.True(first);
        Assert.False(second);
    }

    [Fact]
    public void TryClaim_AfterFailure_RefusedUntilFailureTtlPassed()
    {
        var cache = new SlackLookupCache(_time);
        cache.TryClaim("k");
        cache.Fail("k");

        _time.Advance(SlackLookupCache.FailureTtl - TimeSpan.FromSeconds(1));
        bool early = cache.TryClaim("k");
        _time.Advance(TimeSpan.FromSeconds(1));
        bool late = cache.TryClaim("k");

        Assert.False(early);
        Assert.True(late);
    }

    [Fact]
    public void TryClaim_AfterRelease_AllowedAtOnce()
    {
        var cache = new SlackLookupCache(_time);
        cache.TryClaim("k");

        cache.Release("k");

        Assert.True(cache.TryClaim("k"));
    }

    [Fact]
    public void TryClaim_AbandonedClaim_ExpiresAfterClaimTtl()
    {
        var cache = new SlackLookupCache(_time);
        cache.TryClaim("k");

        _time.Advance(SlackLookupCache.ClaimTtl);

        Assert.True(cache.TryClaim("k"));
    }

    [Fact]
    public void Set_ManyKeys_StaysBounded()
    {
        var cache = new SlackLookupCache(_time);

        for (int i = 0; i < SlackLookupCache.MaxEntries * 3; i++)
        {
            cache.Set("k" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), true, TimeSpan.FromMinutes(1));
        }

        Assert.InRange(cache.Count, 1, SlackLookupCache.MaxEntries);
    }

    [Fact]
    public void TryGet_ExpiredEntry_Missing()
    {
        var cache = new SlackLookupCache(_time);
        cache.Set("k", true, TimeSpan.FromSeconds(10));

        bool fresh = cache.TryGet("k", out bool value);
        _time.Advance(TimeSpan.FromSeconds(10));
        bool stale = cache.TryGet("k", out _);

        Assert.True(fresh);
        Assert.True(value);
        Assert.False(stale);
    }
}
