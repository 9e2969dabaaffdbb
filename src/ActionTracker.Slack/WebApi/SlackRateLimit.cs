namespace ActionTracker.Slack.WebApi;

/// <summary>How many calls of a method Slack allows per period, per workspace (and per channel for chat.postMessage).</summary>
public sealed record SlackRateLimit(int Calls, TimeSpan Period, bool PerChannel = false)
{
    public static readonly SlackRateLimit Tier1 = new(1, TimeSpan.FromMinutes(1));
    public static readonly SlackRateLimit Tier2 = new(20, TimeSpan.FromMinutes(1));
    public static readonly SlackRateLimit Tier3 = new(50, TimeSpan.FromMinutes(1));
    public static readonly SlackRateLimit Tier4 = new(100, TimeSpan.FromMinutes(1));

    /// <summary>chat.postMessage: about one message per second per channel.</summary>
    public static readonly SlackRateLimit PostMessage = new(1, TimeSpan.FromSeconds(1), PerChannel: true);

    /// <summary>Time between calls at the sustained rate.</summary>
    public TimeSpan Interval => Period / Calls;
}
