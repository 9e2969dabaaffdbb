namespace ActionTracker.Core.Reminders;

/// <summary>
/// How the reminder sweep shares its work between instances: the lease bucket (one pass per bucket), how long a lease
/// holds without renewal, and when a rung claimed by another instance counts as abandoned. The claim must outlive the
/// lease, so a rung is retaken only after its old holder has surely lost the bucket.
/// </summary>
public sealed record SweepTiming(TimeSpan Bucket, TimeSpan LeaseDuration, TimeSpan ClaimStaleAfter)
{
    public static readonly SweepTiming Default = new(SweepLease.Bucket, SweepLease.Duration, ReminderSweep.ClaimStaleAfter);
}
