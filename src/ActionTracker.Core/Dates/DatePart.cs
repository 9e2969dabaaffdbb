namespace ActionTracker.Core.Dates;

/// <summary>
/// A recognised date phrase, not yet resolved. <see cref="Value"/> is the quarter (Quarter), day count (InDays)
/// or month count (InMonths); Calendar uses Month/Day/Year; Numeric keeps the two numbers as written in First/Second.
/// </summary>
internal sealed record DatePart(DatePartKind Kind, string Text)
{
    public int Value { get; init; }

    public int Month { get; init; }

    public int Day { get; init; }

    public int First { get; init; }

    public int Second { get; init; }

    public int? Year { get; init; }

    public DayOfWeek Weekday { get; init; }

    /// <summary>A weekday written in front of an explicit date ("Fri 27 Nov"), checked against the date.</summary>
    public DayOfWeek? StatedWeekday { get; init; }
}
