using ActionTracker.Core.Commands;

namespace ActionTracker.Core.Views;

/// <summary>Help for all verbs, or for one.</summary>
public sealed record HelpView(string Title, IReadOnlyList<HelpTopic> Topics) : ChatView;
