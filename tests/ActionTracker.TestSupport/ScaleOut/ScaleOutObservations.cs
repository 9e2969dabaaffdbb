namespace ActionTracker.TestSupport.ScaleOut;

/// <summary>
/// What a scale-out run saw, in unique item titles: adds the bot acknowledged, the titles of the items stored (one entry
/// per stored item, so a duplicate appears twice), the items that must get a reminder, the reminder DMs the sinks
/// received, and the recipients the instances reported as possible repeats (the declared crash-after-send gap). Adds
/// acknowledged by queueing (Slack events) that are not stored yet while the work queue still holds at least as many
/// messages are awaiting redelivery (a killed worker's batch stays invisible until its timeout), not lost.
/// </summary>
public sealed record ScaleOutObservations(
    IReadOnlyCollection<string> AcknowledgedAdds,
    IReadOnlyCollection<string> StoredItems,
    IReadOnlyCollection<string> ExpectedReminders,
    IReadOnlyList<ReminderDelivery> Reminders,
    IReadOnlyCollection<string> DeclaredRepeatRecipients,
    IReadOnlyList<PathLatency> Paths)
{
    /// <summary>The acknowledged adds that were acknowledged by queueing the work, not by doing it.</summary>
    public IReadOnlyCollection<string> QueuedAdds { get; init; } = [];

    /// <summary>Messages still in the work queue (visible or not) when the run was judged.</summary>
    public int QueueMessagesLeft { get; init; }
}
