using System.Globalization;

namespace ActionTracker.Core.Reminders;

/// <summary>
/// Names and timing of the sweeps' lease rows: each sweep kind is claimed per 5-minute bucket of its instant, so of
/// several instances ticking in the same bucket exactly one does the work, and a holder that stops is taken over once
/// its lease expires.
/// </summary>
public static class SweepLease
{
    public static readonly TimeSpan Bucket = TimeSpan.FromMinutes(5);

    /// <summary>Long enough for one DM with capped Retry-After waits; renewed before every send.</summary>
    public static readonly TimeSpan Duration = TimeSpan.FromMinutes(2);

    public static string Name(string sweep, DateTimeOffset now) => Name(sweep, now, Bucket);

    /// <summary>The lease name for a configured bucket; buckets under a whole minute name their seconds too.</summary>
    public static string Name(string sweep, DateTimeOffset now, TimeSpan bucket)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(bucket, TimeSpan.FromSeconds(1));
        long ticks = now.UtcTicks - (now.UtcTicks % bucket.Ticks);
        string format = bucket.Ticks % TimeSpan.TicksPerMinute == 0 ? "yyyyMMddHHmm" : "yyyyMMddHHmmss";
        return sweep + "|" + new DateTimeOffset(ticks, TimeSpan.Zero).ToString(format, CultureInfo.InvariantCulture);
    }
}
