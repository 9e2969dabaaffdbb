using System.Text.Json.Nodes;

namespace ActionTracker.Teams.Protocol;

/// <summary>A queued in-place update of a card message for everyone in its conversation (PUT of the activity).</summary>
public sealed record CardUpdate
{
    public required string ServiceUrl { get; init; }

    public required string ConversationId { get; init; }

    /// <summary>The card message's id: the <c>replyToId</c> of the card action.</summary>
    public required string ActivityId { get; init; }

    public required JsonObject Card { get; init; }
}
