namespace ActionTracker.Teams.Protocol;

/// <summary>The connector's <c>GET v1/meetings/{id}</c>: the bridge from a Teams meeting to its Graph online meeting.</summary>
public sealed record MeetingDetails
{
    public MeetingDetailsInfo? Details { get; init; }

    public TeamsMember? Organizer { get; init; }
}
