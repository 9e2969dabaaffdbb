namespace ActionTracker.Teams.Protocol;

/// <summary>An activity the bot sends; nulls are never written (clients reject <c>"text": null</c>).</summary>
public sealed record OutboundActivity
{
    public string Type { get; init; } = ActivityTypes.Message;

    public string? Id { get; init; }

    public string? Text { get; init; }

    public string? TextFormat { get; init; }

    public IReadOnlyList<Attachment>? Attachments { get; init; }

    public string? ReplyToId { get; init; }
}
