using ActionTracker.Core.Ports;
using ActionTracker.Core.Tenancy;
using Microsoft.Extensions.Options;

namespace ActionTracker.Slack.Handlers;

/// <summary>The bot token for a workspace: the configured single-workspace token, else the stored OAuth install.</summary>
public sealed class SlackTokens
{
    private readonly SlackOptions _options;
    private readonly IInstallationStore _installations;
    private readonly TimeProvider _time;

    public SlackTokens(IOptions<SlackOptions> options, IInstallationStore installations, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options.Value;
        _installations = installations;
        _time = time;
    }

    /// <summary>Null when the workspace has not installed the app.</summary>
    public async Task<Installation?> GetAsync(TenantKey tenant, CancellationToken cancellationToken)
    {
        if (!string.IsNullOrEmpty(_options.BotToken))
        {
            if (!string.IsNullOrEmpty(_options.TeamId) && !string.Equals(tenant.Value, "slack:" + _options.TeamId, StringComparison.Ordinal))
            {
                return null;
            }

            return new Installation { Tenant = tenant, BotToken = _options.BotToken, AppId = _options.AppId, InstalledAt = _time.GetUtcNow() };
        }

        return await _installations.GetAsync(tenant, cancellationToken);
    }
}
