namespace ActionTracker.Teams.Protocol;

/// <summary>An <c>{ "id": … }</c> object such as <c>channelData.tenant</c>.</summary>
public sealed record IdReference
{
    public string? Id { get; init; }
}
