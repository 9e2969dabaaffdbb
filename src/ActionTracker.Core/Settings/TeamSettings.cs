using ActionTracker.Core.Tenancy;

namespace ActionTracker.Core.Settings;

/// <summary>Settings of one team: the conversation (Teams team, group chat or Slack channel) the bot is used in.</summary>
public sealed record TeamSettings
{
    public required TenantKey Tenant { get; init; }

    public required string ConversationId { get; init; }

    public string? LeadershipConversationId { get; init; }

    /// <summary>Cron expression (in <see cref="TimeZoneId"/>) for the weekly digest; Monday 08:30 by default.</summary>
    public string DigestSchedule { get; init; } = "30 8 * * MON";

    public string TimeZoneId { get; init; } = "UTC";

    public ReminderLadder Reminders { get; init; } = ReminderLadder.Default;

    public QuietHours? QuietHours { get; init; }

    public string? Version { get; init; }
}
