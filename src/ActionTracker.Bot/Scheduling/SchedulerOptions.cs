using System.ComponentModel.DataAnnotations;

namespace ActionTracker.Bot.Scheduling;

/// <summary>The <c>Scheduler</c> section: the reminder sweep.</summary>
internal sealed class SchedulerOptions
{
    public const string SectionName = "Scheduler";

    public bool Enabled { get; set; } = true;

    [Range(typeof(TimeSpan), "00:00:10", "01:00:00", ErrorMessage = "Scheduler:SweepInterval must be between 10 seconds and 1 hour.")]
    public TimeSpan SweepInterval { get; set; } = TimeSpan.FromMinutes(5);
}
