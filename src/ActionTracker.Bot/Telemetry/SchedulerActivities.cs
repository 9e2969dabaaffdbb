using System.Diagnostics;

namespace ActionTracker.Bot.Telemetry;

/// <summary>The bot's own spans (HTTP, storage and outbound calls come from their instrumentations): one per scheduler tick.</summary>
internal static class SchedulerActivities
{
    public const string SourceName = "ActionTracker.Scheduler";

    public const string TickName = "actiontracker.scheduler.tick";

    public static readonly ActivitySource Source = new(SourceName);
}
