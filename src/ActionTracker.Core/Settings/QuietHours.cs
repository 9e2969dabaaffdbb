namespace ActionTracker.Core.Settings;

/// <summary>A daily window, in the person's time zone, in which no DM is sent.</summary>
public sealed record QuietHours(TimeOnly Start, TimeOnly End);
