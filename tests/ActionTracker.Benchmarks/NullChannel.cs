using ActionTracker.Core.Execution;
using ActionTracker.Core.People;
using ActionTracker.Core.Ports;
using ActionTracker.Core.Tenancy;

namespace ActionTracker.Benchmarks;

/// <summary>The channel side of a command, which the benchmarks leave out: no directory hits, DMs dropped.</summary>
internal sealed class NullChannel : IDirectory, INotifier
{
    public Task<IReadOnlyList<PersonRef>> FindAsync(TenantKey tenant, string nameOrEmail, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<PersonRef>>([]);

    public Task<bool> IsMemberAsync(TenantKey tenant, string conversationId, string personId, CancellationToken cancellationToken) =>
        Task.FromResult(false);

    public Task NotifyAsync(TenantKey tenant, PersonRef recipient, CommandResult message, CancellationToken cancellationToken) =>
        Task.CompletedTask;
}
