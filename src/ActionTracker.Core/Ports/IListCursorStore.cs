using ActionTracker.Core.Tenancy;

namespace ActionTracker.Core.Ports;

public interface IListCursorStore
{
    Task<ListCursor?> GetAsync(TenantKey tenant, string personId, string conversationId, CancellationToken cancellationToken);

    /// <summary>Replaces the cursor; null clears it (the last page was shown).</summary>
    Task SaveAsync(TenantKey tenant, string personId, string conversationId, ListCursor? cursor, CancellationToken cancellationToken);
}
