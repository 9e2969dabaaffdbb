namespace ActionTracker.Core.Dates;

/// <summary>The parse of a date expression: how many units it used and its date and/or time halves.</summary>
internal sealed record DateExpression(int Consumed, DatePart? Date, TimePart? Time);
