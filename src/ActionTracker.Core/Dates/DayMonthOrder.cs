namespace ActionTracker.Core.Dates;

/// <summary>How a person writes numeric dates: 5/12 is 5 December (day first) or May 12 (month first).</summary>
public enum DayMonthOrder
{
    /// <summary>Locale not known: a numeric date with both parts ≤ 12 is ambiguous and must be asked about.</summary>
    Unknown,
    DayFirst,
    MonthFirst,
}
