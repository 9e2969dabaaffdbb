using NodaTime;
using NodaTime.TimeZones;

namespace ActionTracker.Core.Dates;

/// <summary>
/// Converts between UTC instants and local dates/times in IANA zones. Unknown or empty zone ids mean UTC.
/// DST policy (NodaTime's lenient resolver): a local time inside a spring-forward gap moves forward by the
/// gap length (02:30 in a 02:00→03:00 gap becomes 03:30); an ambiguous fall-back time takes the earlier instant.
/// </summary>
public static class ZonedTime
{
    public static DateTimeOffset ToUtc(DateOnly date, TimeOnly time, string timeZoneId)
    {
        LocalDateTime local = LocalDate.FromDateOnly(date) + LocalTime.FromTimeOnly(time);
        ZonedDateTime zoned = Zone(timeZoneId).ResolveLocal(local, Resolvers.LenientResolver);
        return zoned.ToInstant().ToDateTimeOffset();
    }

    /// <summary>The local calendar date of <paramref name="now"/> in the zone.</summary>
    public static DateOnly Today(DateTimeOffset now, string timeZoneId)
    {
        return Instant.FromDateTimeOffset(now).InZone(Zone(timeZoneId)).Date.ToDateOnly();
    }

    /// <summary>The same instant with the zone's offset at that instant.</summary>
    public static DateTimeOffset ToLocal(DateTimeOffset utc, string timeZoneId)
    {
        return Instant.FromDateTimeOffset(utc).InZone(Zone(timeZoneId)).ToDateTimeOffset();
    }

    public static bool IsValidZone(string? timeZoneId)
    {
        return !string.IsNullOrWhiteSpace(timeZoneId) && DateTimeZoneProviders.Tzdb.GetZoneOrNull(timeZoneId) is not null;
    }

    /// <summary>The zone id itself when valid, otherwise "UTC".</summary>
    public static string Normalize(string? timeZoneId)
    {
        return IsValidZone(timeZoneId) ? timeZoneId! : "UTC";
    }

    internal static DateTimeZone Zone(string? timeZoneId)
    {
        return string.IsNullOrWhiteSpace(timeZoneId)
            ? DateTimeZone.Utc
            : DateTimeZoneProviders.Tzdb.GetZoneOrNull(timeZoneId) ?? DateTimeZone.Utc;
    }
}
