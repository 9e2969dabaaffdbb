namespace ActionTracker.Slack.Protocol;

/// <summary>What a button carries back: the command to run and the item revision it was rendered from.</summary>
public sealed record ActionValue(string Command, long? Item = null, int? Revision = null);
