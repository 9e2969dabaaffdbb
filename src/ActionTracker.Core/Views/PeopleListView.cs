namespace ActionTracker.Core.Views;

public sealed record PeopleListView(string Title, IReadOnlyList<string> People) : ChatView;
