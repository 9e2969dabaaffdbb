namespace ActionTracker.Teams.Protocol;

/// <summary>The body of a 200 answer to an <c>expectReplies</c> activity.</summary>
public sealed record ExpectedReplies(IReadOnlyList<OutboundActivity> Activities);
