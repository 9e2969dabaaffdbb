namespace ActionTracker.Core.Views;

/// <summary>An item in a digest's "needs attention" section, with why it is there.</summary>
public sealed record AttentionItem(ItemSummary Item, IReadOnlyList<string> Reasons);
