namespace ActionTracker.Core.Items;

/// <summary>
/// A deadline stored as a UTC instant plus the owner's IANA time zone, so it can be echoed back
/// as the absolute local date the person meant. Date-only deadlines mean the end of that local day.
/// </summary>
public sealed record DueDate
{
    public required DateTimeOffset Utc { get; init; }

    public required string TimeZoneId { get; init; }

    /// <summary>False when the person gave only a date.</summary>
    public bool HasTime { get; init; }
}
