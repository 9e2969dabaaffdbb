using ActionTracker.Slack.WebApi;
using ActionTracker.Teams.Connector;

namespace ActionTracker.Bot.Channels;

/// <summary>
/// Which platform refusals are final for a proactive message: the person left or was deactivated, the conversation is
/// gone, the app was uninstalled or its token revoked. Those are recorded, not retried; everything else is retried
/// with backoff by the scheduler.
/// </summary>
internal static class DeliveryErrors
{
    private static readonly HashSet<string> PermanentSlackErrors = new(StringComparer.Ordinal)
    {
        "user_not_found", "user_disabled", "account_inactive", "cannot_dm_bot", "channel_not_found", "is_archived",
        "not_in_channel", "invalid_auth", "not_authed", "token_revoked", "token_expired", "team_access_not_granted",
        "missing_scope", "no_permission", "ekm_access_denied",
    };

    public static string? PermanentReason(Exception exception) => exception switch
    {
        SlackApiException slack when PermanentSlackErrors.Contains(slack.Error) => slack.Error,
        ConnectorException { StatusCode: 401 or 403 or 404 } teams => "HTTP " + teams.StatusCode.ToString(System.Globalization.CultureInfo.InvariantCulture),
        _ => null,
    };
}
