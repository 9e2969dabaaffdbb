namespace ActionTracker.Core.Dates;

/// <summary>The expression could mean several dates (e.g. 5/12 with an unknown locale): ask, never guess.</summary>
public sealed record DateQuestion(string Message, IReadOnlyList<DateOnly> Options) : DateResolution;
