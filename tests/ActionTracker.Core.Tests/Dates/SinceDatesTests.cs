using ActionTracker.Core.Dates;

namespace ActionTracker.Core.Tests.Dates;

public sealed class SinceDatesTests
{
    // Friday 27 Nov 2026, 10:00 in Berlin.
    private static readonly DateContext Friday = new(new DateTimeOffset(2026, 11, 27, 9, 0, 0, TimeSpan.Zero), "Europe/Berlin", DayMonthOrder.DayFirst);

    [Theory]
    [InlineData("today", "2026-11-27")]
    [InlineData("yesterday", "2026-11-26")]
    [InlineData("monday", "2026-11-23")]
    [InlineData("friday", "2026-11-27")]
    [InlineData("saturday", "2026-11-21")]
    [InlineData("this week", "2026-11-23")]
    [InlineData("last week", "2026-11-16")]
    [InlineData("last month", "2026-10-01")]
    [InlineData("Nov 1", "2026-11-01")]
    [InlineData("Dec 5", "2025-12-05")]
    [InlineData("2026-01-05", "2026-01-05")]
    [InlineData("5/10", "2026-10-05")]
    public void Resolve_LookBack_IsTheMostRecentSuchDay(string text, string expected)
    {
        DateResolution result = SinceDates.Resolve(text, Friday);

        Assert.Equal(new ResolvedDate(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), null), result);
    }

    [Fact]
    public void Resolve_FutureDate_IsAnError()
    {
        DateResolution result = SinceDates.Resolve("2027-01-05", Friday);

        Assert.Equal("Tue 5 Jan 2027 is in the future; 'since' needs a past date such as monday, last week or Nov 1.", Assert.IsType<DateError>(result).Message);
    }
}
