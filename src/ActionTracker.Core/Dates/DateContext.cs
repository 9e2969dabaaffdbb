namespace ActionTracker.Core.Dates;

/// <summary>What a date expression is resolved against: the current instant, the writer's zone and numeric date order.</summary>
public sealed record DateContext(DateTimeOffset Now, string TimeZoneId, DayMonthOrder Order);
