namespace ActionTracker.Teams.Protocol;

public sealed record CreateConversationRequest
{
    public bool IsGroup { get; init; }

    public required ChannelAccount Bot { get; init; }

    public required IReadOnlyList<ChannelAccount> Members { get; init; }

    public required string TenantId { get; init; }

    public required TeamsChannelData ChannelData { get; init; }
}
