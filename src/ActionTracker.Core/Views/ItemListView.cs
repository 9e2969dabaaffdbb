namespace ActionTracker.Core.Views;

public sealed record ItemListView(string Title, IReadOnlyList<ItemSummary> Items, bool HasMore, string EmptyText) : ChatView;
