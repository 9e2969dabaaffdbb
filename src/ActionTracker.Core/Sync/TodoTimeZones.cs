using NodaTime.TimeZones;

namespace ActionTracker.Core.Sync;

/// <summary>IANA zone ids as Graph's dateTimeTimeZone expects them: Windows zone names (CLDR mapping), "UTC" otherwise.</summary>
public static class TodoTimeZones
{
    public static string ToGraph(string? ianaZoneId)
    {
        if (string.IsNullOrWhiteSpace(ianaZoneId))
        {
            return "UTC";
        }

        TzdbDateTimeZoneSource source = TzdbDateTimeZoneSource.Default;
        string canonical = source.CanonicalIdMap.TryGetValue(ianaZoneId, out string? mapped) ? mapped : ianaZoneId;
        return source.TzdbToWindowsIds.TryGetValue(canonical, out string? windows) ? windows : "UTC";
    }
}
