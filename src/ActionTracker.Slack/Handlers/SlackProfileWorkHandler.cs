using ActionTracker.Core.People;
using ActionTracker.Core.Ports;
using ActionTracker.Core.Work;
using ActionTracker.Slack.Protocol;
using ActionTracker.Slack.WebApi;
using Microsoft.Extensions.Logging;

namespace ActionTracker.Slack.Handlers;

/// <summary>
/// A deferred users.info: fills the person's stored profile after their first request was answered. A failure is
/// remembered (no retry storm against an unreachable Slack); the person's next request after the pause asks again.
/// </summary>
public sealed class SlackProfileWorkHandler : IWorkHandler
{
    public const string WorkKind = "slack.profile";

    private readonly SlackTokens _tokens;
    private readonly IPersonStore _people;
    private readonly SlackProfileLookup _profiles;
    private readonly SlackLookupCache _cache;
    private readonly ILogger<SlackProfileWorkHandler> _logger;

    public SlackProfileWorkHandler(SlackTokens tokens, IPersonStore people, SlackProfileLookup profiles, SlackLookupCache cache, ILogger<SlackProfileWorkHandler> logger)
    {
        _tokens = tokens;
        _people = people;
        _profiles = profiles;
        _cache = cache;
        _logger = logger;
    }

    public string Kind => WorkKind;

    public async Task HandleAsync(WorkItem item, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(item);
        if (Json.Str(Json.TryParseObject(item.Payload), "user") is not { } userId || !PersonRef.IsValidId(userId))
        {
            return;
        }

        string key = SlackLookupCache.ProfileKey(item.Tenant.Value, userId);
        Person? stored = await _people.GetAsync(item.Tenant, userId, cancellationToken);
        if (stored?.TimeZoneId is not null || await _tokens.GetAsync(item.Tenant, cancellationToken) is not { } install)
        {
            _cache.Release(key);
            return;
        }

        try
        {
            await _profiles.FetchAsync(item.Tenant, stored, stored?.Ref ?? new PersonRef(userId, userId), install.BotToken, cancellationToken);
            _cache.Release(key);
        }
        catch (Exception exception) when (exception is SlackApiException or HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            _cache.Fail(key);
            Log.ProfileLookupFailed(_logger, item.Tenant.Value, exception);
        }
    }
}
