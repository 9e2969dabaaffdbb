using ActionTracker.Core.Items;

namespace ActionTracker.Core.Views;

/// <summary>One line of a list.</summary>
public sealed record ItemSummary(ItemNumber Number, string Title, string? OwnerName, string? Due, Priority Priority, ItemStatus Status, bool IsOverdue);
