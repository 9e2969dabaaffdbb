using System.ComponentModel.DataAnnotations;

namespace ActionTracker.Bot.Scheduling;

/// <summary>The <c>Worker</c> section: the background worker that runs queued work.</summary>
internal sealed class WorkerOptions
{
    public const string SectionName = "Worker";

    public bool Enabled { get; set; } = true;

    /// <summary>How long an idle worker waits before looking at the queue again.</summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "00:01:00", ErrorMessage = "Worker:PollInterval must be between 50 ms and 1 minute.")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);
}
