namespace ActionTracker.Slack.Handlers;

/// <summary>Where a request came from, as Slack identified it.</summary>
public sealed record SlackUser(string UserId, string? UserName, string ChannelId, string? ChannelName);
