namespace ActionTracker.Slack.Protocol;

/// <summary>The modal's <c>private_metadata</c>: what to run on submit, and where the answer goes.</summary>
public sealed record ModalMetadata(string Command, string ChannelId, string? ResponseUrl = null, long? Item = null);
