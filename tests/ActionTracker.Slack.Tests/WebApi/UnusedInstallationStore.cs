using ActionTracker.Core.Ports;
using ActionTracker.Core.Tenancy;

namespace ActionTracker.Slack.Tests.WebApi;

/// <summary>With Slack:BotToken configured the store must never be consulted; any call fails the test.</summary>
internal sealed class UnusedInstallationStore : IInstallationStore
{
    public Task<Installation?> GetAsync(TenantKey tenant, CancellationToken cancellationToken) => throw new InvalidOperationException("not expected");

    public Task SaveAsync(Installation installation, CancellationToken cancellationToken) => throw new InvalidOperationException("not expected");

    public Task<bool> DeleteAsync(TenantKey tenant, CancellationToken cancellationToken) => throw new InvalidOperationException("not expected");
}
