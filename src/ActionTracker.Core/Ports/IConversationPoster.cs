using ActionTracker.Core.Execution;
using ActionTracker.Core.Tenancy;

namespace ActionTracker.Core.Ports;

/// <summary>Posts a message into a conversation (a team's leadership channel) from its stored reference.</summary>
public interface IConversationPoster
{
    Task PostAsync(TenantKey tenant, string conversationId, CommandResult message, CancellationToken cancellationToken);
}
