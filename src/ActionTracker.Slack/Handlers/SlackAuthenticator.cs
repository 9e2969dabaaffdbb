using ActionTracker.Slack.Auth;
using ActionTracker.Slack.Protocol;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ActionTracker.Slack.Handlers;

/// <summary>
/// First step of every signed endpoint: signature and timestamp (401), then the app id (403: the request is
/// authentic but meant for another app). Disabled channel → 404.
/// </summary>
public sealed class SlackAuthenticator
{
    private readonly SlackOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger<SlackAuthenticator> _logger;

    public SlackAuthenticator(IOptions<SlackOptions> options, TimeProvider time, ILogger<SlackAuthenticator> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options.Value;
        _time = time;
        _logger = logger;
    }

    public bool Enabled => !string.IsNullOrEmpty(_options.SigningSecret);

    public SlackResponse? Verify(SlackRequest request, string path)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!Enabled)
        {
            return SlackResponse.NotFound;
        }

        SignatureCheck check = SlackSignature.Verify(
            _options.SigningSecret,
            request.Header(SlackSignature.TimestampHeader),
            request.Header(SlackSignature.SignatureHeader),
            request.Body.Span,
            _time.GetUtcNow());
        if (check != SignatureCheck.Valid)
        {
            Log.Refused(_logger, path, check.ToString());
            return SlackResponse.Unauthorized;
        }

        return null;
    }

    /// <summary>403 when the payload names another app; a missing api_app_id is accepted (older payloads omit it).</summary>
    public SlackResponse? VerifyApp(string? apiAppId, string path)
    {
        if (apiAppId is null || string.Equals(apiAppId, _options.AppId, StringComparison.Ordinal))
        {
            return null;
        }

        Log.Refused(_logger, path, "api_app_id mismatch");
        return SlackResponse.Forbidden;
    }
}
