namespace ActionTracker.Core.Dates;

/// <summary>The shape of the date half of an expression, before it is resolved against today.</summary>
internal enum DatePartKind
{
    Today,
    Tonight,
    Tomorrow,
    EndOfDay,
    EndOfWeek,
    EndOfNextWeek,
    EndOfMonth,
    EndOfNextMonth,
    EndOfQuarter,
    EndOfNextQuarter,
    NextWeek,
    Weekday,
    ThisWeekday,
    NextWeekday,
    Quarter,
    InDays,
    InMonths,
    Calendar,
    Numeric,
}
