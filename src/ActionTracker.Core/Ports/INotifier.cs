using ActionTracker.Core.Execution;
using ActionTracker.Core.People;
using ActionTracker.Core.Tenancy;

namespace ActionTracker.Core.Ports;

/// <summary>Sends a direct message to a person through their channel (proactive Teams DM, Slack DM).</summary>
public interface INotifier
{
    Task NotifyAsync(TenantKey tenant, PersonRef recipient, CommandResult message, CancellationToken cancellationToken);
}
