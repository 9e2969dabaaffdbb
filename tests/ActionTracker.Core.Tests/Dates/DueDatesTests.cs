using System.Globalization;
using ActionTracker.Core.Dates;
using ActionTracker.Core.Items;

namespace ActionTracker.Core.Tests.Dates;

public sealed class DueDatesTests
{
    [Theory]
    [InlineData("2026-11-27", null, "America/New_York", "Europe/Berlin", "2026-11-27T16:00:00Z", "Europe/Berlin", false)]
    [InlineData("2026-11-27", "15:00", "America/New_York", "Europe/Berlin", "2026-11-27T20:00:00Z", "Europe/Berlin", true)]
    [InlineData("2026-11-27", null, "Europe/Berlin", "Asia/Tokyo", "2026-11-27T08:00:00Z", "Asia/Tokyo", false)]
    [InlineData("2026-11-27", null, "UTC", "Australia/Sydney", "2026-11-27T06:00:00Z", "Australia/Sydney", false)]
    [InlineData("2026-11-28", "09:00", "Asia/Tokyo", "America/New_York", "2026-11-28T00:00:00Z", "America/New_York", true)]
    [InlineData("2026-03-29", "02:30", "Europe/Berlin", "Europe/Berlin", "2026-03-29T01:30:00Z", "Europe/Berlin", true)]
    [InlineData("2026-11-27", null, "UTC", "Not/AZone", "2026-11-27T17:00:00Z", "UTC", false)]
    public void Create_ResolvedDate_UsesOwnerEndOfDayOrRequesterTime(
        string date, string? time, string requester, string owner, string expectedUtc, string expectedZone, bool expectedHasTime)
    {
        ResolvedDate resolved = new(
            DateOnly.ParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture),
            time is null ? null : TimeOnly.ParseExact(time, "HH:mm", CultureInfo.InvariantCulture));

        DueDate due = DueDates.Create(resolved, requester, owner);

        Assert.Equal(DateTimeOffset.Parse(expectedUtc, CultureInfo.InvariantCulture), due.Utc);
        Assert.Equal(TimeSpan.Zero, due.Utc.Offset);
        Assert.Equal(expectedZone, due.TimeZoneId);
        Assert.Equal(expectedHasTime, due.HasTime);
    }

    [Theory]
    [InlineData("2026-11-27T16:00:00Z", "Europe/Berlin", false, "Fri 27 Nov 2026")]
    [InlineData("2026-11-27T20:00:00Z", "Europe/Berlin", true, "Fri 27 Nov 2026 21:00")]
    [InlineData("2026-11-27T22:00:00Z", "America/New_York", false, "Fri 27 Nov 2026")]
    [InlineData("2026-09-04T07:05:00Z", "Asia/Tokyo", true, "Fri 4 Sep 2026 16:05")]
    public void Format_Due_RendersInItsOwnZone(string utc, string zone, bool hasTime, string expected)
    {
        DueDate due = Due(utc, zone, hasTime);

        string text = DueDates.Format(due);

        Assert.Equal(expected, text);
    }

    [Theory]
    [InlineData("2026-11-27T22:00:00Z", "America/New_York", false, "Asia/Tokyo", "Sat 28 Nov 2026")]
    [InlineData("2026-11-27T20:00:00Z", "Europe/Berlin", true, "America/New_York", "Fri 27 Nov 2026 15:00")]
    [InlineData("2026-11-27T16:00:00Z", "Europe/Berlin", false, "Australia/Sydney", "Sat 28 Nov 2026")]
    public void Format_DueForViewer_RendersInViewerZone(string utc, string zone, bool hasTime, string viewer, string expected)
    {
        DueDate due = Due(utc, zone, hasTime);

        string text = DueDates.Format(due, viewer);

        Assert.Equal(expected, text);
    }

    [Theory]
    [InlineData("2026-11-27T22:00:00Z", "America/New_York", "2026-11-27")]
    [InlineData("2026-11-27T22:00:00Z", "Asia/Tokyo", "2026-11-28")]
    public void LocalDate_Due_IsDateInItsOwnZone(string utc, string zone, string expected)
    {
        DueDate due = Due(utc, zone, hasTime: false);

        DateOnly date = DueDates.LocalDate(due);

        Assert.Equal(DateOnly.ParseExact(expected, "yyyy-MM-dd", CultureInfo.InvariantCulture), date);
    }

    [Theory]
    [InlineData("2026-11-27T16:00:00Z", "Europe/Berlin", false, null, "Fri 27 Nov 2026")]
    [InlineData("2026-11-27T16:00:00Z", "Europe/Berlin", false, "Europe/Berlin", "Fri 27 Nov 2026")]
    [InlineData("2026-11-27T16:00:00Z", "Europe/Berlin", false, "Europe/Paris", "Fri 27 Nov 2026")]
    [InlineData("2026-11-27T16:00:00Z", "Europe/Berlin", false, "America/New_York", "Fri 27 Nov 2026 (Europe/Berlin); Fri 27 Nov 2026 11:00 your time (America/New_York)")]
    [InlineData("2026-11-27T20:00:00Z", "Europe/Berlin", true, "Asia/Tokyo", "Fri 27 Nov 2026 21:00 (Europe/Berlin); Sat 28 Nov 2026 05:00 your time (Asia/Tokyo)")]
    [InlineData("2026-11-27T22:00:00Z", "America/New_York", false, "Australia/Sydney", "Fri 27 Nov 2026 (America/New_York); Sat 28 Nov 2026 09:00 your time (Australia/Sydney)")]
    public void Describe_DueForRequester_ShowsBothZonesWhenTheyDiffer(string utc, string zone, bool hasTime, string? requester, string expected)
    {
        DueDate due = Due(utc, zone, hasTime);

        string text = DueDates.Describe(due, requester);

        Assert.Equal(expected, text);
    }

    private static DueDate Due(string utc, string zone, bool hasTime)
    {
        return new DueDate { Utc = DateTimeOffset.Parse(utc, CultureInfo.InvariantCulture), TimeZoneId = zone, HasTime = hasTime };
    }
}
