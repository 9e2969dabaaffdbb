namespace ActionTracker.TestSupport.ScaleOut;

/// <summary>
/// What a scale-out run saw, in unique item titles: adds the bot acknowledged, the titles of the items stored (one entry
/// per stored item, so a duplicate appears twice), the items that must get a reminder, the reminder DMs the sinks
/// received, and the recipients the instances reported as possible repeats (the declared crash-after-send gap).
/// </summary>
public sealed record ScaleOutObservations(
    IReadOnlyCollection<string> AcknowledgedAdds,
    IReadOnlyCollection<string> StoredItems,
    IReadOnlyCollection<string> ExpectedReminders,
    IReadOnlyList<ReminderDelivery> Reminders,
    IReadOnlyCollection<string> DeclaredRepeatRecipients,
    IReadOnlyList<PathLatency> Paths);
