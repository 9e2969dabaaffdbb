namespace ActionTracker.Core.Dates;

/// <summary>A time of day as written: hour and minute, with am/pm when given (null means a 24-hour clock).</summary>
internal sealed record TimePart(int Hour, int Minute, bool? Pm, string Text);
