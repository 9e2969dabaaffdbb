using System.Globalization;
using ActionTracker.Core.Dates;

namespace ActionTracker.Core.Tests.Dates;

public sealed class DateResolverResolveTests
{
    // Friday 27 Nov 2026, 11:00 in Berlin.
    private const string Friday = "2026-11-27T10:00:00Z";

    // Monday 23 Nov 2026 23:30 UTC: already Tuesday 08:30 in Tokyo, 00:30 Tuesday in Berlin, still Monday in New York.
    private const string NearMidnight = "2026-11-23T23:30:00Z";

    [Theory]
    [InlineData("today", "2026-11-27", null)]
    [InlineData("tonight", "2026-11-27", "21:00")]
    [InlineData("tomorrow", "2026-11-28", null)]
    [InlineData("EOD", "2026-11-27", "17:00")]
    [InlineData("eow", "2026-11-27", null)]
    [InlineData("end of week", "2026-11-27", null)]
    [InlineData("by end of the week", "2026-11-27", null)]
    [InlineData("friday", "2026-12-04", null)]
    [InlineData("fri", "2026-12-04", null)]
    [InlineData("this friday", "2026-11-27", null)]
    [InlineData("next friday", "2026-12-04", null)]
    [InlineData("due:sunday", "2026-11-29", null)]
    [InlineData("Due: Sunday", "2026-11-29", null)]
    [InlineData("DUE BY MONDAY", "2026-11-30", null)]
    [InlineData("until tues", "2026-12-01", null)]
    [InlineData("before thurs", "2026-12-03", null)]
    [InlineData("next week", "2026-11-30", null)]
    [InlineData("next monday", "2026-11-30", null)]
    [InlineData("end of month", "2026-11-30", null)]
    [InlineData("EOM", "2026-11-30", null)]
    [InlineData("end of quarter", "2026-12-31", null)]
    [InlineData("EOQ", "2026-12-31", null)]
    [InlineData("Q1", "2027-03-31", null)]
    [InlineData("Q3", "2027-09-30", null)]
    [InlineData("Q4", "2026-12-31", null)]
    [InlineData("Q2 2027", "2027-06-30", null)]
    [InlineData("in 3 days", "2026-11-30", null)]
    [InlineData("in 1 day", "2026-11-28", null)]
    [InlineData("in a week", "2026-12-04", null)]
    [InlineData("in 2 weeks", "2026-12-11", null)]
    [InlineData("in a month", "2026-12-27", null)]
    [InlineData("Dec 5", "2026-12-05", null)]
    [InlineData("December 5", "2026-12-05", null)]
    [InlineData("on Dec 5th", "2026-12-05", null)]
    [InlineData("5 Dec", "2026-12-05", null)]
    [InlineData("5th December", "2026-12-05", null)]
    [InlineData("5 December 2026", "2026-12-05", null)]
    [InlineData("Dec 5, 2026", "2026-12-05", null)]
    [InlineData("December 5 2026", "2026-12-05", null)]
    [InlineData("2026-12-05", "2026-12-05", null)]
    [InlineData("Nov 27", "2026-11-27", null)]
    [InlineData("Jan 15", "2027-01-15", null)]
    [InlineData("Fri 4 Dec 2026", "2026-12-04", null)]
    [InlineData("friday 3pm", "2026-12-04", "15:00")]
    [InlineData("3pm friday", "2026-12-04", "15:00")]
    [InlineData("3pm on friday", "2026-12-04", "15:00")]
    [InlineData("by Friday at noon", "2026-12-04", "12:00")]
    [InlineData("tomorrow at 15:00", "2026-11-28", "15:00")]
    [InlineData("12am tomorrow", "2026-11-28", "00:00")]
    [InlineData("today 16:30", "2026-11-27", "16:30")]
    [InlineData("Dec 5 at 9:30am", "2026-12-05", "09:30")]
    [InlineData("3pm", "2026-11-27", "15:00")]
    [InlineData("3 pm", "2026-11-27", "15:00")]
    [InlineData("3:30pm", "2026-11-27", "15:30")]
    [InlineData("at 3pm", "2026-11-27", "15:00")]
    [InlineData("noon", "2026-11-27", "12:00")]
    [InlineData("midnight", "2026-11-27", "23:59")]
    public void Resolve_FridayMorningInBerlin_ReturnsExpectedDate(string text, string expectedDate, string? expectedTime)
    {
        DateContext context = Context(Friday, "Europe/Berlin");

        DateResolution result = DateResolver.Resolve(text, context);

        Assert.Equal(Resolved(expectedDate, expectedTime), result);
    }

    [Theory]
    [InlineData(NearMidnight, "Asia/Tokyo", "today", "2026-11-24", null)]
    [InlineData(NearMidnight, "Asia/Tokyo", "tomorrow", "2026-11-25", null)]
    [InlineData(NearMidnight, "Asia/Tokyo", "friday", "2026-11-27", null)]
    [InlineData(NearMidnight, "Asia/Tokyo", "next week", "2026-11-30", null)]
    [InlineData(NearMidnight, "Europe/Berlin", "today", "2026-11-24", null)]
    [InlineData(NearMidnight, "America/New_York", "today", "2026-11-23", null)]
    [InlineData(NearMidnight, "America/New_York", "tonight", "2026-11-23", "21:00")]
    [InlineData(NearMidnight, "UTC", "tomorrow", "2026-11-24", null)]
    [InlineData(NearMidnight, "Mars/Olympus", "today", "2026-11-23", null)]
    [InlineData(Friday, "Australia/Sydney", "tomorrow 9am", "2026-11-28", "09:00")]
    [InlineData("2026-11-27T13:30:00Z", "Australia/Sydney", "eow", "2026-12-04", null)]
    [InlineData("2026-11-27T13:30:00Z", "Australia/Sydney", "today", "2026-11-28", null)]
    [InlineData("2026-11-28T10:00:00Z", "UTC", "eow", "2026-12-04", null)]
    [InlineData("2026-11-28T10:00:00Z", "UTC", "friday", "2026-12-04", null)]
    [InlineData("2026-11-28T10:00:00Z", "UTC", "this friday", "2026-12-04", null)]
    [InlineData("2026-11-28T10:00:00Z", "UTC", "next friday", "2026-12-04", null)]
    [InlineData("2026-11-28T10:00:00Z", "UTC", "sunday", "2026-11-29", null)]
    [InlineData("2026-11-28T10:00:00Z", "UTC", "next sunday", "2026-12-06", null)]
    [InlineData("2026-11-25T10:00:00Z", "UTC", "friday", "2026-11-27", null)]
    [InlineData("2026-11-25T10:00:00Z", "UTC", "this friday", "2026-11-27", null)]
    [InlineData("2026-11-25T10:00:00Z", "UTC", "next friday", "2026-12-04", null)]
    [InlineData("2026-11-25T10:00:00Z", "UTC", "wednesday", "2026-12-02", null)]
    [InlineData("2026-11-25T10:00:00Z", "UTC", "this wednesday", "2026-11-25", null)]
    [InlineData("2026-11-29T10:00:00Z", "UTC", "eow", "2026-12-04", null)]
    [InlineData("2026-11-29T10:00:00Z", "UTC", "next week", "2026-11-30", null)]
    [InlineData("2026-11-29T10:00:00Z", "UTC", "sunday", "2026-12-06", null)]
    [InlineData("2026-11-29T10:00:00Z", "UTC", "this sunday", "2026-11-29", null)]
    [InlineData("2026-10-30T10:00:00Z", "UTC", "eom", "2026-10-30", null)]
    [InlineData("2026-10-31T10:00:00Z", "UTC", "end of the month", "2026-11-30", null)]
    [InlineData("2026-10-31T10:00:00Z", "UTC", "eoq", "2026-12-31", null)]
    [InlineData("2027-01-31T10:00:00Z", "UTC", "in a month", "2027-02-28", null)]
    public void Resolve_ZoneAndNow_ReturnsLocalDate(string now, string zone, string text, string expectedDate, string? expectedTime)
    {
        DateContext context = Context(now, zone);

        DateResolution result = DateResolver.Resolve(text, context);

        Assert.Equal(Resolved(expectedDate, expectedTime), result);
    }

    [Theory]
    [InlineData(DayMonthOrder.DayFirst, "5/12", "2026-12-05")]
    [InlineData(DayMonthOrder.DayFirst, "5/12/2026", "2026-12-05")]
    [InlineData(DayMonthOrder.DayFirst, "5/12/26", "2026-12-05")]
    [InlineData(DayMonthOrder.MonthFirst, "12/5", "2026-12-05")]
    [InlineData(DayMonthOrder.MonthFirst, "12/5/2026", "2026-12-05")]
    [InlineData(DayMonthOrder.MonthFirst, "5/12", "2027-05-12")]
    [InlineData(DayMonthOrder.Unknown, "5/5", "2027-05-05")]
    [InlineData(DayMonthOrder.Unknown, "25/12", "2026-12-25")]
    [InlineData(DayMonthOrder.Unknown, "12/25", "2026-12-25")]
    public void Resolve_NumericDate_FollowsWriterOrder(DayMonthOrder order, string text, string expectedDate)
    {
        DateContext context = Context(Friday, "Europe/Berlin") with { Order = order };

        DateResolution result = DateResolver.Resolve(text, context);

        Assert.Equal(Resolved(expectedDate, null), result);
    }

    internal static DateContext Context(string now, string zone)
    {
        return new DateContext(DateTimeOffset.Parse(now, CultureInfo.InvariantCulture), zone, DayMonthOrder.Unknown);
    }

    private static ResolvedDate Resolved(string date, string? time)
    {
        return new ResolvedDate(
            DateOnly.ParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture),
            time is null ? null : TimeOnly.ParseExact(time, "HH:mm", CultureInfo.InvariantCulture));
    }
}
