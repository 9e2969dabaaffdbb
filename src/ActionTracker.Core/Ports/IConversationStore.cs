using ActionTracker.Core.Tenancy;

namespace ActionTracker.Core.Ports;

public interface IConversationStore
{
    Task<ConversationRecord?> GetAsync(TenantKey tenant, string conversationId, CancellationToken cancellationToken);

    /// <summary>Inserts or replaces the record (last writer wins: a reference is only ever refreshed).</summary>
    Task SaveAsync(ConversationRecord record, CancellationToken cancellationToken);
}
