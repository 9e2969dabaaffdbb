namespace ActionTracker.Storage.Entities;

/// <summary>JSON document of a <see cref="ActionTracker.Core.Settings.TeamSettings"/>.</summary>
internal sealed record StoredTeamSettings
{
    public required string ConversationId { get; init; }

    public string? LeadershipConversationId { get; init; }

    public required string DigestSchedule { get; init; }

    public required string TimeZoneId { get; init; }

    public required List<int> ReminderDaysBefore { get; init; }

    public int OverdueRepeatDays { get; init; }

    public int EscalateAfterDays { get; init; }

    public string? QuietStart { get; init; }

    public string? QuietEnd { get; init; }
}
