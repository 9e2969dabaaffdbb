using ActionTracker.Core.Execution;
using ActionTracker.Core.Tenancy;

namespace ActionTracker.Core.Ports;

/// <summary>
/// A conversation the bot has seen (Teams team/group chat/channel, Slack channel), with the channel-specific
/// reference needed to post into it later (opaque JSON to Core), so proactive messages survive restarts.
/// </summary>
public sealed record ConversationRecord
{
    public required TenantKey Tenant { get; init; }

    public required string ConversationId { get; init; }

    public required ConversationKind Kind { get; init; }

    /// <summary>Channel-specific JSON: a Bot Framework conversation reference, or a Slack channel id and team.</summary>
    public required string Reference { get; init; }

    public string? Name { get; init; }

    /// <summary>When the bot was removed from the conversation: nothing is sent there until it is added again.</summary>
    public DateTimeOffset? RemovedAt { get; init; }

    public string? Version { get; init; }
}
