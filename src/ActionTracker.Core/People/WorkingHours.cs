namespace ActionTracker.Core.People;

/// <summary>When a person may be messaged, in their own time zone. Weekends are never working days.</summary>
public sealed record WorkingHours
{
    public static readonly WorkingHours Default = new() { Start = new TimeOnly(9, 0), End = new TimeOnly(17, 30) };

    public required TimeOnly Start { get; init; }

    public required TimeOnly End { get; init; }

    public IReadOnlyList<DayOfWeek> Days { get; init; } =
        [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday];
}
