namespace ActionTracker.Benchmarks.ScaleOut;

/// <summary>
/// One outbound message a platform sink received: platform, the bot instance (Slack only), recipient, body, and whether
/// it is a reminder DM (Slack: its text says so; Teams: a proactive new activity, which in this run only the sweep posts,
/// as every command is answered in the HTTP response).
/// </summary>
internal sealed record SentMessage(string Platform, int Instance, string Recipient, string Body, bool IsReminder);
