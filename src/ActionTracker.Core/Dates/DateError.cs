namespace ActionTracker.Core.Dates;

/// <summary>Not a date, an impossible date (Feb 30) or a date in the past; the message says which and what works.</summary>
public sealed record DateError(string Message) : DateResolution;
