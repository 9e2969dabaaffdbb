using ActionTracker.Core.Views;

namespace ActionTracker.Core.Execution;

/// <summary>A channel-neutral answer: a plain-text summary (also the notification text) plus views to render.</summary>
public sealed record CommandResult
{
    public required string Text { get; init; }

    public IReadOnlyList<ChatView> Views { get; init; } = [];

    public ResponseVisibility Visibility { get; init; } = ResponseVisibility.Requester;

    /// <summary>False when the request was refused or failed; nothing was changed.</summary>
    public bool Succeeded { get; init; } = true;

    public static CommandResult Error(string message, string? usage = null, string? suggestion = null) => new()
    {
        Text = usage is null ? message : message + "\nUsage: " + usage,
        Views = [new ErrorView(message, usage, suggestion)],
        Succeeded = false,
    };
}
