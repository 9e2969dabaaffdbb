namespace ActionTracker.Core.Views;

/// <summary>What went wrong, the right form, and a "did you mean" verb when there is one.</summary>
public sealed record ErrorView(string Message, string? Usage, string? Suggestion) : ChatView;
