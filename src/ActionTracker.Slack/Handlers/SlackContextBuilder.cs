using ActionTracker.Core.Dates;
using ActionTracker.Core.Execution;
using ActionTracker.Core.People;
using ActionTracker.Core.Ports;
using ActionTracker.Core.Tenancy;
using ActionTracker.Slack.Protocol;
using ActionTracker.Slack.WebApi;
using Microsoft.Extensions.Logging;

namespace ActionTracker.Slack.Handlers;

/// <summary>
/// Builds the <see cref="CommandContext"/> for a Slack request. The requester's time zone comes from the stored person;
/// the first time we meet someone it is fetched once with users.info (bounded, so the 3 s ack still holds) and stored.
/// </summary>
public sealed class SlackContextBuilder
{
    private static readonly TimeSpan ProfileLookupBudget = TimeSpan.FromMilliseconds(1200);

    private readonly IPersonStore _people;
    private readonly SlackApiClient _api;
    private readonly ILogger<SlackContextBuilder> _logger;

    public SlackContextBuilder(IPersonStore people, SlackApiClient api, ILogger<SlackContextBuilder> logger)
    {
        _people = people;
        _api = api;
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

    public async Task<CommandContext> BuildAsync(
        TenantKey tenant, SlackUser user, string text, bool isExplicitCommand, string? token, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        var mentions = new Dictionary<string, string>(StringComparer.Ordinal);
        _ = SlackText.Unescape(text, mentions);
        var requester = new PersonRef(user.UserId, user.UserName ?? user.UserId);
        Person? stored = await _people.GetAsync(tenant, user.UserId, cancellationToken);
        string? zone = stored?.TimeZoneId;
        DayMonthOrder order = DayMonthOrder.Unknown;
        if (zone is null && token is not null)
        {
            (zone, order, requester) = await LookUpAsync(tenant, stored, requester, token, cancellationToken);
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
        };
    }

    private async Task<(string? Zone, DayMonthOrder Order, PersonRef Requester)> LookUpAsync(
        TenantKey tenant, Person? stored, PersonRef requester, string token, CancellationToken cancellationToken)
    {
        using var budget = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        budget.CancelAfter(ProfileLookupBudget);
        try
        {
            var info = await _api.CallFormAsync(
                "users.info",
                token,
                new Dictionary<string, string>(StringComparer.Ordinal) { ["user"] = requester.Id, ["include_locale"] = "true" },
                budget.Token);
            string? zone = Json.Str(info, "user", "tz");
            string? locale = Json.Str(info, "user", "locale");
            string? realName = Json.Str(info, "user", "real_name") ?? Json.Str(info, "user", "profile", "real_name");
            string? email = Json.Str(info, "user", "profile", "email");
            var named = string.IsNullOrWhiteSpace(realName) ? requester : new PersonRef(requester.Id, realName);
            if (zone is not null)
            {
                Person person = (stored ?? new Person { Tenant = tenant, Ref = named }) with { TimeZoneId = zone, Email = stored?.Email ?? email };
                await _people.SaveAsync(person, cancellationToken);
            }

            return (zone, OrderOf(locale), named);
        }
        catch (Exception exception) when (exception is SlackApiException or HttpRequestException or OperationCanceledException && !cancellationToken.IsCancellationRequested)
        {
            // The profile only refines dates; a slow or failing lookup must not cost the answer.
            Log.ProfileLookupFailed(_logger, tenant.Value, exception);
            return (null, DayMonthOrder.Unknown, requester);
        }
    }
}
