using ActionTracker.Core.Goals;
using ActionTracker.Core.Tenancy;

namespace ActionTracker.Core.Ports;

public interface IGoalStore
{
    /// <summary>Stores the goal with the tenant's next <c>G</c> number.</summary>
    Task<StoreResult<Goal>> CreateGoalAsync(Goal goal, CancellationToken cancellationToken);

    Task<Goal?> GetGoalAsync(TenantKey tenant, long number, CancellationToken cancellationToken);

    /// <summary>All goals of the tenant, oldest first (a tenant has tens of goals, not thousands).</summary>
    Task<IReadOnlyList<Goal>> ListGoalsAsync(TenantKey tenant, CancellationToken cancellationToken);

    /// <summary>Stores the milestone with its goal's next number (<c>G7.2</c>).</summary>
    Task<StoreResult<Milestone>> CreateMilestoneAsync(Milestone milestone, CancellationToken cancellationToken);

    Task<IReadOnlyList<Milestone>> ListMilestonesAsync(TenantKey tenant, long goalNumber, CancellationToken cancellationToken);
}
