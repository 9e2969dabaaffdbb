namespace ActionTracker.Teams.Protocol;

/// <summary>What the bot stores to post into a conversation (or open a 1:1) later, after restarts.</summary>
public sealed record ConversationReference
{
    public required string ServiceUrl { get; init; }

    public required string TenantId { get; init; }

    public string ChannelId { get; init; } = "msteams";

    /// <summary>Null for a person seen only in a team: the 1:1 is created on the first DM.</summary>
    public string? ConversationId { get; init; }

    public string? ConversationType { get; init; }

    public string? BotId { get; init; }

    /// <summary>The team of a channel conversation: removing the bot from the team stops posts to all its channels.</summary>
    public string? TeamId { get; init; }

    /// <summary>The user's <c>29:</c> id (unique per bot), needed to create a 1:1.</summary>
    public string? UserId { get; init; }

    public string? UserName { get; init; }
}
