using ActionTracker.Core.Tenancy;

namespace ActionTracker.Core.Ports;

/// <summary>The tenant's record of admin actions, listed by <c>admin log</c>.</summary>
public interface IAdminAuditLog
{
    Task AppendAsync(AdminAuditEntry entry, CancellationToken cancellationToken);

    /// <summary>The newest entries first.</summary>
    Task<IReadOnlyList<AdminAuditEntry>> ListAsync(TenantKey tenant, int max, CancellationToken cancellationToken);
}
