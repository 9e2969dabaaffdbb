using ActionTracker.Core.People;
using ActionTracker.Core.Tenancy;

namespace ActionTracker.Core.Ports;

public interface IPersonStore
{
    Task<Person?> GetAsync(TenantKey tenant, string personId, CancellationToken cancellationToken);

    /// <summary>People of the tenant whose display name contains, or whose id or email equals, <paramref name="nameOrEmail"/> (case-insensitive).</summary>
    Task<IReadOnlyList<Person>> FindAsync(TenantKey tenant, string nameOrEmail, CancellationToken cancellationToken);

    /// <summary>The tenant's admins (people with <see cref="Person.IsAdmin"/>).</summary>
    Task<IReadOnlyList<Person>> ListAdminsAsync(TenantKey tenant, CancellationToken cancellationToken);

    /// <summary>Writes the person if the stored version still matches (or none exists for a new one).</summary>
    Task<StoreResult<Person>> SaveAsync(Person person, CancellationToken cancellationToken);
}
