using ActionTracker.Core.Items;
using ActionTracker.Core.People;
using ActionTracker.Core.Tenancy;

namespace ActionTracker.Core.Goals;

/// <summary>An outcome that milestones and action items roll up into, shown as <c>G7</c>.</summary>
public sealed record Goal
{
    public required TenantKey Tenant { get; init; }

    public long Number { get; init; }

    public required string Title { get; init; }

    public required PersonRef Owner { get; init; }

    public GoalScope Scope { get; init; } = GoalScope.Team;

    public DueDate? Due { get; init; }

    public string? ConversationId { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public string? Version { get; init; }
}
