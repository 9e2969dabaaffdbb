using System.Globalization;
using ActionTracker.Core.Dates;

namespace ActionTracker.Core.Tests.Dates;

public sealed class ZonedTimeTests
{
    [Theory]
    [InlineData("2026-11-27", "17:00", "Europe/Berlin", "2026-11-27T16:00:00Z")]
    [InlineData("2026-11-27", "17:00", "America/New_York", "2026-11-27T22:00:00Z")]
    [InlineData("2026-11-27", "17:00", "Asia/Tokyo", "2026-11-27T08:00:00Z")]
    [InlineData("2026-11-27", "17:00", "Australia/Sydney", "2026-11-27T06:00:00Z")]
    [InlineData("2026-11-27", "17:00", "UTC", "2026-11-27T17:00:00Z")]
    [InlineData("2026-11-27", "17:00", "Not/AZone", "2026-11-27T17:00:00Z")]
    [InlineData("2026-03-29", "02:30", "Europe/Berlin", "2026-03-29T01:30:00Z")]
    [InlineData("2026-10-25", "02:30", "Europe/Berlin", "2026-10-25T00:30:00Z")]
    [InlineData("2026-03-08", "02:30", "America/New_York", "2026-03-08T07:30:00Z")]
    [InlineData("2026-11-01", "01:30", "America/New_York", "2026-11-01T05:30:00Z")]
    public void ToUtc_LocalTime_ReturnsUtcInstantWithDstPolicy(string date, string time, string zone, string expected)
    {
        DateOnly day = DateOnly.ParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        TimeOnly at = TimeOnly.ParseExact(time, "HH:mm", CultureInfo.InvariantCulture);

        DateTimeOffset utc = ZonedTime.ToUtc(day, at, zone);

        Assert.Equal(DateTimeOffset.Parse(expected, CultureInfo.InvariantCulture), utc);
        Assert.Equal(TimeSpan.Zero, utc.Offset);
    }

    [Theory]
    [InlineData("2026-03-29", "02:30", "Europe/Berlin", "2026-03-29T03:30:00+02:00")]
    [InlineData("2026-03-08", "02:30", "America/New_York", "2026-03-08T03:30:00-04:00")]
    [InlineData("2026-10-25", "02:30", "Europe/Berlin", "2026-10-25T02:30:00+02:00")]
    [InlineData("2026-11-01", "01:30", "America/New_York", "2026-11-01T01:30:00-04:00")]
    public void ToUtc_GapOrOverlap_ShiftsForwardOrTakesEarlierOffset(string date, string time, string zone, string expectedLocal)
    {
        DateOnly day = DateOnly.ParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        TimeOnly at = TimeOnly.ParseExact(time, "HH:mm", CultureInfo.InvariantCulture);

        DateTimeOffset local = ZonedTime.ToLocal(ZonedTime.ToUtc(day, at, zone), zone);

        Assert.Equal(expectedLocal, local.ToString("yyyy-MM-ddTHH:mm:sszzz", CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("2026-11-23T23:30:00Z", "Asia/Tokyo", "2026-11-24")]
    [InlineData("2026-11-23T23:30:00Z", "Australia/Sydney", "2026-11-24")]
    [InlineData("2026-11-23T23:30:00Z", "Europe/Berlin", "2026-11-24")]
    [InlineData("2026-11-23T23:30:00Z", "America/New_York", "2026-11-23")]
    [InlineData("2026-11-23T23:30:00Z", "UTC", "2026-11-23")]
    [InlineData("2026-11-23T23:30:00Z", "", "2026-11-23")]
    public void Today_NowNearMidnightUtc_ReturnsLocalDate(string now, string zone, string expected)
    {
        DateTimeOffset instant = DateTimeOffset.Parse(now, CultureInfo.InvariantCulture);

        DateOnly today = ZonedTime.Today(instant, zone);

        Assert.Equal(DateOnly.ParseExact(expected, "yyyy-MM-dd", CultureInfo.InvariantCulture), today);
    }

    [Theory]
    [InlineData("2026-11-27T16:00:00Z", "Europe/Berlin", "2026-11-27T17:00:00+01:00")]
    [InlineData("2026-07-01T12:00:00Z", "Europe/Berlin", "2026-07-01T14:00:00+02:00")]
    [InlineData("2026-11-27T16:00:00Z", "America/New_York", "2026-11-27T11:00:00-05:00")]
    [InlineData("2026-11-27T16:00:00Z", "Asia/Tokyo", "2026-11-28T01:00:00+09:00")]
    [InlineData("2026-11-27T16:00:00Z", "Mars/Olympus", "2026-11-27T16:00:00+00:00")]
    public void ToLocal_UtcInstant_UsesZoneOffsetAtThatInstant(string utc, string zone, string expected)
    {
        DateTimeOffset instant = DateTimeOffset.Parse(utc, CultureInfo.InvariantCulture);

        DateTimeOffset local = ZonedTime.ToLocal(instant, zone);

        Assert.Equal(expected, local.ToString("yyyy-MM-ddTHH:mm:sszzz", CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("Europe/Berlin", true)]
    [InlineData("America/New_York", true)]
    [InlineData("UTC", true)]
    [InlineData("Mars/Olympus", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void IsValidZone_ZoneId_ReturnsWhetherTzdbKnowsIt(string? zone, bool expected)
    {
        bool valid = ZonedTime.IsValidZone(zone);

        Assert.Equal(expected, valid);
    }
}
