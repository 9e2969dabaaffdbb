namespace ActionTracker.TestSupport.ScaleOut;

/// <summary>One reminder DM a platform sink received: its recipient and the items it names (by their unique titles).</summary>
public sealed record ReminderDelivery(string Recipient, IReadOnlyCollection<string> Items);
