using ActionTracker.Core.Commands;
using ActionTracker.Core.Dates;
using ActionTracker.Core.Execution;
using ActionTracker.Core.People;
using ActionTracker.Core.Ports;
using ActionTracker.Core.Tenancy;
using ActionTracker.Core.Work;
using ActionTracker.Slack.Protocol;
using ActionTracker.Slack.WebApi;
using Microsoft.Extensions.Logging;

namespace ActionTracker.Slack.Handlers;

/// <summary>
/// Builds the <see cref="CommandContext"/> for a Slack request. The requester's time zone comes from the stored person.
/// The first time we meet someone their profile is fetched with users.info: inline (bounded, so the 3 s ack still
/// holds) only when the command interprets a date they typed, otherwise through the durable queue after the answer.
/// A failed lookup is not retried for a while (<see cref="SlackLookupCache"/>), so an unreachable Slack costs nothing.
/// </summary>
public sealed class SlackContextBuilder
{
    private static readonly TimeSpan ProfileLookupBudget = TimeSpan.FromMilliseconds(1200);

    private readonly IPersonStore _people;
    private readonly SlackProfileLookup _profiles;
    private readonly SlackLookupCache _cache;
    private readonly IWorkQueue _queue;
    private readonly TimeProvider _time;
    private readonly ILogger<SlackContextBuilder> _logger;

    public SlackContextBuilder(
        IPersonStore people, SlackProfileLookup profiles, SlackLookupCache cache, IWorkQueue queue, TimeProvider time, ILogger<SlackContextBuilder> logger)
    {
        _people = people;
        _profiles = profiles;
        _cache = cache;
        _queue = queue;
        _time = time;
        _logger = logger;
    }

    public static ConversationKind KindOf(string channelId, string? channelName) =>
        string.Equals(channelName, "directmessage", StringComparison.Ordinal) || channelId.StartsWith('D')
            ? ConversationKind.Personal
            : channelId.StartsWith('G') || (channelName?.StartsWith("mpdm", StringComparison.Ordinal) ?? false)
                ? ConversationKind.Group
                : ConversationKind.Channel;

    public static DayMonthOrder OrderOf(string? locale) => locale switch
    {
        null or "" => DayMonthOrder.Unknown,
        "en-US" or "en_US" or "es-US" or "en-PH" or "fil-PH" => DayMonthOrder.MonthFirst,
        _ => DayMonthOrder.DayFirst,
    };

    /// <summary>Commands that read a date the person typed need their zone before answering; the rest can wait for it.</summary>
    public static bool NeedsZoneNow(ParsedCommand command) => command switch
    {
        AddCommand add => add.DueText is not null || add.Recurrence is not null,
        DueCommand or SnoozeCommand or ProposeCommand or GoalAddCommand or MilestoneAddCommand or ReviewCommand or SettingsCommand => true,
        DecisionsCommand decisions => decisions.SinceText is not null,
        ListCommand list => list.Filter is ListFilter.Overdue or ListFilter.DueThisWeek or ListFilter.DoneSince,
        _ => false,
    };

    public async Task<CommandContext> BuildAsync(
        TenantKey tenant, SlackUser user, string text, bool isExplicitCommand, string? token, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        var mentions = new Dictionary<string, string>(StringComparer.Ordinal);
        string command = SlackText.Unescape(text, mentions);
        var requester = new PersonRef(user.UserId, user.UserName ?? user.UserId);
        Person? stored = await _people.GetAsync(tenant, user.UserId, cancellationToken);
        bool storedIsCurrent = true;
        string? zone = stored?.TimeZoneId;
        DayMonthOrder order = DayMonthOrder.Unknown;
        string key = SlackLookupCache.ProfileKey(tenant.Value, user.UserId);
        if (zone is null && token is not null && _cache.TryClaim(key))
        {
            if (NeedsZoneNow(CommandParser.Parse(command)))
            {
                SlackProfile? profile = await LookUpAsync(tenant, stored, requester, token, key, cancellationToken);
                if (profile is not null)
                {
                    (zone, order, requester) = (profile.Stored?.TimeZoneId, profile.Order, profile.Requester);

                    // Saved without a fresh version: Core reads it again rather than write over it blindly.
                    storedIsCurrent = false;
                }
            }
            else
            {
                await DeferLookupAsync(tenant, user.UserId, key, cancellationToken);
            }
        }

        return new CommandContext
        {
            Tenant = tenant,
            Requester = requester,
            ConversationId = user.ChannelId,
            ConversationKind = KindOf(user.ChannelId, user.ChannelName),
            RequesterTimeZoneId = zone,
            DateOrder = order,
            MentionNames = mentions,
            IsExplicitCommand = isExplicitCommand,
            StoredRequester = storedIsCurrent ? stored : null,
            HasStoredRequester = storedIsCurrent,
        };
    }

    private async Task<SlackProfile?> LookUpAsync(TenantKey tenant, Person? stored, PersonRef requester, string token, string key, CancellationToken cancellationToken)
    {
        using var budget = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        budget.CancelAfter(ProfileLookupBudget);
        try
        {
            SlackProfile profile = await _profiles.FetchAsync(tenant, stored, requester, token, budget.Token);
            _cache.Release(key);
            return profile;
        }
        catch (Exception exception) when (exception is SlackApiException or HttpRequestException or OperationCanceledException && !cancellationToken.IsCancellationRequested)
        {
            // The profile only refines dates; a slow or failing lookup must not cost the answer, nor the next ones.
            _cache.Fail(key);
            Log.ProfileLookupFailed(_logger, tenant.Value, exception);
            return null;
        }
    }

    private async Task DeferLookupAsync(TenantKey tenant, string userId, string key, CancellationToken cancellationToken)
    {
        // One queued lookup per person and claim window; the claim keeps concurrent requests from queueing more.
        long window = _time.GetUtcNow().ToUnixTimeSeconds() / (long)SlackLookupCache.ClaimTtl.TotalSeconds;
        var item = new WorkItem
        {
            Kind = SlackProfileWorkHandler.WorkKind,
            Tenant = tenant,
            IdempotencyKey = "slack-profile:" + userId + ":" + window.ToString(System.Globalization.CultureInfo.InvariantCulture),
            Payload = new System.Text.Json.Nodes.JsonObject { ["user"] = userId }.ToJsonString(),
        };
        try
        {
            await _queue.EnqueueAsync(item, null, cancellationToken);
        }
        catch (StorageUnavailableException exception)
        {
            _cache.Fail(key);
            Log.StorageUnavailable(_logger, tenant.Value, exception);
        }
    }
}
