namespace ActionTracker.Core.Reminders;

public enum ReminderKind
{
    /// <summary>Working days before the due day.</summary>
    Upcoming,
    DueToday,
    Overdue,

    /// <summary>Overdue long enough to be raised to the creator.</summary>
    Escalation,
}
