namespace ActionTracker.Teams.Protocol;

public sealed record TeamsChannelData
{
    /// <summary>The authoritative tenant of the activity.</summary>
    public IdReference? Tenant { get; init; }

    public IdReference? Team { get; init; }

    public IdReference? Channel { get; init; }

    public string? EventType { get; init; }

    /// <summary>Meeting events and meeting chats: the Teams meeting id the connector's meeting API takes.</summary>
    public IdReference? Meeting { get; init; }
}
