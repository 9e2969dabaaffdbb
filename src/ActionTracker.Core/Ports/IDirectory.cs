using ActionTracker.Core.People;
using ActionTracker.Core.Tenancy;

namespace ActionTracker.Core.Ports;

/// <summary>The platform's people and conversations, filled by the channel adapters (Teams roster/Graph, Slack users).</summary>
public interface IDirectory
{
    /// <summary>People whose name, handle or email matches; several results mean the name is ambiguous.</summary>
    Task<IReadOnlyList<PersonRef>> FindAsync(TenantKey tenant, string nameOrEmail, CancellationToken cancellationToken);

    /// <summary>Whether the person is a member of the conversation (team, group chat or channel).</summary>
    Task<bool> IsMemberAsync(TenantKey tenant, string conversationId, string personId, CancellationToken cancellationToken);
}
