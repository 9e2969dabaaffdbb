using ActionTracker.Core.Items;
using ActionTracker.Core.Tenancy;

namespace ActionTracker.Core.Goals;

/// <summary>A step towards a goal, shown as <c>G7.2</c>.</summary>
public sealed record Milestone
{
    public required TenantKey Tenant { get; init; }

    public required long GoalNumber { get; init; }

    public int Number { get; init; }

    public required string Title { get; init; }

    public DueDate? Due { get; init; }

    public string? Version { get; init; }
}
