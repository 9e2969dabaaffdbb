using ActionTracker.Teams.Handlers;
using Microsoft.Extensions.Hosting;

namespace ActionTracker.Teams.DependencyInjection;

/// <summary>Decides the auth mode when the host starts, so a disabled check is logged then, not on the first request.</summary>
internal sealed class TeamsStartupLog : IHostedService
{
    // Resolving the policy is what decides and logs the mode.
    public TeamsStartupLog(TeamsAuthPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
