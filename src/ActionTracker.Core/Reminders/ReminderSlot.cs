using ActionTracker.Core.Items;

namespace ActionTracker.Core.Reminders;

/// <summary>
/// One rung of an item's reminder ladder: the owner's local working day it belongs to and a key that is unique per
/// item and deadline, so a moved deadline starts a fresh ladder and a sent rung is never sent again.
/// </summary>
public sealed record ReminderSlot(ItemNumber Number, ReminderKind Kind, int WorkingDaysFromDue, DateOnly LocalDay, string Key);
