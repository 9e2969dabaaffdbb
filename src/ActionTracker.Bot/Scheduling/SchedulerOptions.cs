using System.ComponentModel.DataAnnotations;
using ActionTracker.Core.Reminders;

namespace ActionTracker.Bot.Scheduling;

/// <summary>The <c>Scheduler</c> section: the reminder sweep.</summary>
internal sealed class SchedulerOptions : IValidatableObject
{
    public const string SectionName = "Scheduler";

    public bool Enabled { get; set; } = true;

    [Range(typeof(TimeSpan), "00:00:01", "01:00:00", ErrorMessage = "Scheduler:SweepInterval must be between 1 second and 1 hour.")]
    public TimeSpan SweepInterval { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>One reminder pass per bucket across all instances; shorter buckets pick up new deadlines sooner.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00", ErrorMessage = "Scheduler:LeaseBucket must be between 1 second and 1 hour.")]
    public TimeSpan LeaseBucket { get; set; } = SweepTiming.Default.Bucket;

    /// <summary>How long a stopped instance keeps its bucket before another takes it over.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00", ErrorMessage = "Scheduler:LeaseDuration must be between 1 second and 1 hour.")]
    public TimeSpan LeaseDuration { get; set; } = SweepTiming.Default.LeaseDuration;

    /// <summary>When a reminder claimed by a stopped instance is retaken (and flagged as a possible repeat).</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00", ErrorMessage = "Scheduler:ClaimStaleAfter must be between 1 second and 1 day.")]
    public TimeSpan ClaimStaleAfter { get; set; } = SweepTiming.Default.ClaimStaleAfter;

    public SweepTiming Timing() => new(LeaseBucket, LeaseDuration, ClaimStaleAfter);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (ClaimStaleAfter <= LeaseDuration)
        {
            // A claim that went stale while its holder still held the lease could be sent twice by two live instances.
            yield return new ValidationResult("Scheduler:ClaimStaleAfter must be longer than Scheduler:LeaseDuration.", [nameof(ClaimStaleAfter)]);
        }
    }
}
