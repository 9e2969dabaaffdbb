using ActionTracker.Core.Tenancy;

namespace ActionTracker.Core.Ports;

/// <summary>Removes a person from everything stored for one tenant (<c>admin forget</c>).</summary>
public interface IPersonDataEraser
{
    /// <summary>
    /// Deletes the person's profile and rewrites every other row of the tenant that names them: their id becomes
    /// <paramref name="replacementId"/>, and each of <paramref name="names"/> (plus the names stored beside their id)
    /// becomes <paramref name="replacementName"/>. Returns how many rows were deleted or rewritten.
    /// </summary>
    Task<int> EraseAsync(TenantKey tenant, string personId, IReadOnlyCollection<string> names, string replacementId, string replacementName, CancellationToken cancellationToken);
}
