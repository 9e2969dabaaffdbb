namespace ActionTracker.Core.Reminders;

/// <summary>
/// When a failed DM may be tried again: doubling waits from 5 minutes, capped at 6 hours, and after
/// <see cref="MaxAttempts"/> failures the person counts as unreachable. A permanent failure is re-checked weekly.
/// </summary>
public static class DeliveryBackoff
{
    public const int MaxAttempts = 8;

    public static readonly TimeSpan First = TimeSpan.FromMinutes(5);
    public static readonly TimeSpan Cap = TimeSpan.FromHours(6);
    public static readonly TimeSpan UnreachableRecheck = TimeSpan.FromDays(7);

    /// <summary>The wait after the <paramref name="attempts"/>-th consecutive failure (1-based).</summary>
    public static TimeSpan After(int attempts)
    {
        int doublings = Math.Clamp(attempts - 1, 0, 20);
        TimeSpan delay = First * Math.Pow(2, doublings);
        return delay > Cap ? Cap : delay;
    }
}
