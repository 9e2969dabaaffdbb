namespace ActionTracker.Core.Views;

/// <summary>A question with buttons, e.g. "Create this item?" or "Which date did you mean?".</summary>
public sealed record ConfirmView(string Question, IReadOnlyList<ViewAction> Actions) : ChatView;
