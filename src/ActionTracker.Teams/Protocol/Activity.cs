using System.Text.Json;

namespace ActionTracker.Teams.Protocol;

/// <summary>An inbound Bot Framework activity; only the fields the bot uses, unknown ones are ignored.</summary>
public sealed record Activity
{
    public string? Type { get; init; }

    public string? Id { get; init; }

    public string? Name { get; init; }

    public string? ChannelId { get; init; }

    public string? ServiceUrl { get; init; }

    /// <summary>IANA zone of the sender's client; read case-insensitively (samples also spell it <c>localTimeZone</c>).</summary>
    public string? LocalTimezone { get; init; }

    public ChannelAccount? From { get; init; }

    public ChannelAccount? Recipient { get; init; }

    public ConversationAccount? Conversation { get; init; }

    public string? Text { get; init; }

    public IReadOnlyList<Entity>? Entities { get; init; }

    public TeamsChannelData? ChannelData { get; init; }

    public JsonElement? Value { get; init; }

    public string? ReplyToId { get; init; }

    public string? Locale { get; init; }

    /// <summary><c>installationUpdate</c>: <c>add</c>, <c>add-upgrade</c>, <c>remove</c>, <c>remove-upgrade</c>.</summary>
    public string? Action { get; init; }

    /// <summary><c>expectReplies</c> asks for the replies in the HTTP response.</summary>
    public string? DeliveryMode { get; init; }

    public IReadOnlyList<ChannelAccount>? MembersAdded { get; init; }

    public IReadOnlyList<InboundAttachment>? Attachments { get; init; }

    public IReadOnlyList<ChannelAccount>? MembersRemoved { get; init; }
}
