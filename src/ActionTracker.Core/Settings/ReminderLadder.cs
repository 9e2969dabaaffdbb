namespace ActionTracker.Core.Settings;

/// <summary>When owners hear about a deadline, in working days relative to the due day.</summary>
public sealed record ReminderLadder
{
    public static readonly ReminderLadder Default = new();

    /// <summary>Working days before the due day on which a reminder goes out (0 = on the due day).</summary>
    public IReadOnlyList<int> DaysBefore { get; init; } = [3, 1, 0];

    /// <summary>After the first overdue day, repeat every this many working days.</summary>
    public int OverdueRepeatDays { get; init; } = 2;

    /// <summary>Overdue this many working days: raised to the creator or meeting organizer.</summary>
    public int EscalateAfterDays { get; init; } = 3;
}
