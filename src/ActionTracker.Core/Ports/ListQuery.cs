using ActionTracker.Core.Commands;

namespace ActionTracker.Core.Ports;

/// <summary>A listing with every person and date already resolved, so it can be continued later exactly.</summary>
public sealed record ListQuery
{
    public required ListScope Scope { get; init; }

    public required ListFilter Filter { get; init; }

    /// <summary>The owner for Mine/Person scopes.</summary>
    public string? PersonId { get; init; }

    public string? PersonName { get; init; }

    public string? ConversationId { get; init; }

    public string? GoalId { get; init; }

    public string? MeetingId { get; init; }

    public DateTimeOffset? From { get; init; }

    public DateTimeOffset? To { get; init; }
}
