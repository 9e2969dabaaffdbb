namespace ActionTracker.Teams.Protocol;

public sealed record MeetingDetailsInfo
{
    /// <summary>The Graph online meeting id.</summary>
    public string? MsGraphResourceId { get; init; }

    public string? Title { get; init; }

    public string? JoinUrl { get; init; }

    public DateTimeOffset? ScheduledStartTime { get; init; }
}
