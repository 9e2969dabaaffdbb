using System.Collections.Concurrent;
using ActionTracker.Core.Execution;
using ActionTracker.Core.People;
using ActionTracker.Core.Ports;
using ActionTracker.Core.Tenancy;

namespace ActionTracker.Storage.Tests.Workflows;

/// <summary>Records the DMs commands send, as a channel would deliver them.</summary>
internal sealed class RecordingNotifier : INotifier
{
    public ConcurrentQueue<(PersonRef To, CommandResult Message)> Sent { get; } = new();

    public Task NotifyAsync(TenantKey tenant, PersonRef recipient, CommandResult message, CancellationToken cancellationToken)
    {
        Sent.Enqueue((recipient, message));
        return Task.CompletedTask;
    }
}
