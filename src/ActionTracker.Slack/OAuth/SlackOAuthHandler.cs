using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using ActionTracker.Core.Execution;
using ActionTracker.Core.People;
using ActionTracker.Core.Ports;
using ActionTracker.Core.Tenancy;
using ActionTracker.Slack.Protocol;
using ActionTracker.Slack.WebApi;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ActionTracker.Slack.OAuth;

/// <summary>
/// <c>GET /slack/install</c> → Slack's authorize page with a fresh state; <c>GET /slack/oauth/callback</c> → state
/// checked (signed, unexpired, single use), code exchanged, token stored encrypted, installer made first admin.
/// </summary>
public sealed class SlackOAuthHandler
{
    public const string Scopes = "commands,chat:write,im:write,im:history,app_mentions:read,users:read,users:read.email,channels:read,groups:read";

    private static readonly TimeSpan StateClaimLifetime = TimeSpan.FromDays(1);
    private static readonly TenantKey StateScope = TenantKey.ForSlack("oauth-state", null, false);

    private readonly SlackOptions _options;
    private readonly SlackApiClient _api;
    private readonly IInstallationStore _installations;
    private readonly IIdempotencyStore _idempotency;
    private readonly CommandExecutor _executor;
    private readonly TimeProvider _time;
    private readonly ILogger<SlackOAuthHandler> _logger;

    public SlackOAuthHandler(
        IOptions<SlackOptions> options,
        SlackApiClient api,
        IInstallationStore installations,
        IIdempotencyStore idempotency,
        CommandExecutor executor,
        TimeProvider time,
        ILogger<SlackOAuthHandler> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options.Value;
        _api = api;
        _installations = installations;
        _idempotency = idempotency;
        _executor = executor;
        _time = time;
        _logger = logger;
    }

    private bool Enabled => !string.IsNullOrEmpty(_options.SigningSecret) && !string.IsNullOrEmpty(_options.ClientId) && !string.IsNullOrEmpty(_options.ClientSecret);

    public SlackResponse Install()
    {
        if (!Enabled)
        {
            return SlackResponse.NotFound;
        }

        string state = OAuthState.Issue(_options.ClientSecret!, _time.GetUtcNow());
        var builder = new UriBuilder(_options.OAuthAuthorizeUrl)
        {
            Query = "client_id=" + Uri.EscapeDataString(_options.ClientId!) + "&scope=" + Uri.EscapeDataString(Scopes) + "&state=" + Uri.EscapeDataString(state),
        };
        return SlackResponse.Redirect(builder.Uri);
    }

    public async Task<SlackResponse> CallbackAsync(SlackRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!Enabled)
        {
            return SlackResponse.NotFound;
        }

        if (request.Query.GetValueOrDefault("error") is { } denied)
        {
            return Refuse("install cancelled: " + denied, "The install was cancelled in Slack. Nothing was stored.");
        }

        string? nonce = OAuthState.Validate(_options.ClientSecret!, request.Query.GetValueOrDefault("state"), _time.GetUtcNow());
        string? code = request.Query.GetValueOrDefault("code");
        if (nonce is null || string.IsNullOrEmpty(code))
        {
            return Refuse("bad or expired state", "This install link is invalid or has expired. Start again from the install page.");
        }

        IdempotencyClaim claim = await _idempotency.TryClaimAsync(StateScope, "oauth:" + nonce, StateClaimLifetime, cancellationToken);
        if (claim.State != ClaimState.Claimed)
        {
            return Refuse("state reused", "This install link was already used. Start again from the install page.");
        }

        JsonObject access;
        try
        {
            string basic = Convert.ToBase64String(Encoding.UTF8.GetBytes(_options.ClientId + ":" + _options.ClientSecret));
            access = await _api.CallFormAsync(
                "oauth.v2.access",
                new AuthenticationHeaderValue("Basic", basic),
                new Dictionary<string, string>(StringComparer.Ordinal) { ["code"] = code },
                cancellationToken);
        }
        catch (SlackApiException exception)
        {
            await _idempotency.CompleteAsync(claim, cancellationToken);
            return Refuse("oauth.v2.access failed: " + exception.Error, "Slack did not accept the install. Start again from the install page.");
        }

        string? token = Json.Str(access, "access_token");
        string? teamId = Json.Str(access, "team", "id");
        string? enterpriseId = Json.Str(access, "enterprise", "id");
        bool orgWide = Json.Bool(access, "is_enterprise_install");
        string? installerId = Json.Str(access, "authed_user", "id");
        if (string.IsNullOrEmpty(token) || !TenantKey.IsValidId(orgWide ? enterpriseId : teamId) || (!orgWide && !TenantKey.IsValidId(teamId)))
        {
            await _idempotency.CompleteAsync(claim, cancellationToken);
            return Refuse("incomplete oauth.v2.access answer", "Slack's answer was incomplete. Start again from the install page.");
        }

        TenantKey tenant = orgWide ? TenantKey.ForSlack(enterpriseId!, enterpriseId, true) : TenantKey.ForSlack(teamId!, null, false);
        PersonRef? installer = PersonRef.IsValidId(installerId) ? new PersonRef(installerId!, installerId!) : null;
        try
        {
            await _installations.SaveAsync(
                new Installation
                {
                    Tenant = tenant,
                    BotToken = token,
                    BotUserId = Json.Str(access, "bot_user_id"),
                    AppId = Json.Str(access, "app_id"),
                    InstalledBy = installer,
                    InstalledAt = _time.GetUtcNow(),
                },
                cancellationToken);
        }
        catch (InvalidOperationException exception)
        {
            // The store refuses to keep a token it cannot encrypt (no Storage:EncryptionKey).
            Log.OAuthRefused(_logger, exception.Message);
            return SlackResponse.Html(500, Page("The bot cannot store Slack tokens: Storage:EncryptionKey is not configured. Nothing was stored."));
        }

        if (installer is not null)
        {
            await _executor.InstallAsync(tenant, installer, cancellationToken);
        }

        await _idempotency.CompleteAsync(claim, cancellationToken);
        Log.Installed(_logger, tenant.Value);
        string team = WebUtility.HtmlEncode(Json.Str(access, "team", "name") ?? Json.Str(access, "enterprise", "name") ?? "your workspace");
        return SlackResponse.Html(200, Page("ActionTracker is installed in " + team + ". Type <code>/action help</code> in Slack to start."));
    }

    private SlackResponse Refuse(string reason, string message)
    {
        Log.OAuthRefused(_logger, reason);
        return SlackResponse.Html(400, Page(WebUtility.HtmlEncode(message)));
    }

    private static string Page(string bodyHtml) =>
        "<!doctype html><html><head><meta charset=\"utf-8\"><title>ActionTracker</title></head><body><p>" + bodyHtml + "</p></body></html>";
}
