namespace ActionTracker.Teams.Protocol;

/// <summary>A user or bot: <c>29:</c>/<c>28:</c> id, display name and (users) Entra object id.</summary>
public sealed record ChannelAccount
{
    public string? Id { get; init; }

    public string? Name { get; init; }

    public string? AadObjectId { get; init; }
}
