namespace ActionTracker.Core.Dates;

/// <summary>A calendar date in the writer's zone, with the time of day when one was given (EOD, tonight, 3pm).</summary>
public sealed record ResolvedDate(DateOnly Date, TimeOnly? Time) : DateResolution;
