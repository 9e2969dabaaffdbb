namespace ActionTracker.Teams.Protocol;

/// <summary>The connector's answer to a send or a 1:1 creation.</summary>
public sealed record ResourceResponse
{
    public string? Id { get; init; }
}
