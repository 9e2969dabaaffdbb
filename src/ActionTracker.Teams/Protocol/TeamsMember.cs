namespace ActionTracker.Teams.Protocol;

/// <summary>A conversation member from the connector roster (Entra id is called <c>objectId</c> there).</summary>
public sealed record TeamsMember
{
    public string? Id { get; init; }

    public string? Name { get; init; }

    public string? ObjectId { get; init; }

    public string? Email { get; init; }

    public string? UserPrincipalName { get; init; }
}
