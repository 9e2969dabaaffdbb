using System.Text.Json.Nodes;
using ActionTracker.Core.Execution;
using ActionTracker.Core.People;
using ActionTracker.Core.Ports;
using ActionTracker.Core.Tenancy;
using ActionTracker.Slack.Blocks;
using ActionTracker.Slack.Handlers;
using ActionTracker.Slack.Protocol;
using ActionTracker.Slack.WebApi;

namespace ActionTracker.Slack;

/// <summary>Slack's directory (users.lookupByEmail, conversations.members), DMs (conversations.open + chat.postMessage) and channel posts (digests).</summary>
public sealed class SlackGateway : IChannelGateway, IConversationPoster
{
    private const int MaxMemberPages = 5;

    /// <summary>Membership decides what a listing shows while Slack waits for the answer: a slow Slack counts as "not a member".</summary>
    private static readonly TimeSpan MembershipLookupBudget = TimeSpan.FromSeconds(1);

    private readonly SlackApiClient _api;
    private readonly SlackTokens _tokens;
    private readonly SlackLookupCache _cache;

    public SlackGateway(SlackApiClient api, SlackTokens tokens, SlackLookupCache cache)
    {
        _api = api;
        _tokens = tokens;
        _cache = cache;
    }

    public string Platform => "slack";

    public async Task<IReadOnlyList<PersonRef>> FindAsync(TenantKey tenant, string nameOrEmail, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(nameOrEmail);
        string email = nameOrEmail.Trim();
        if (!email.Contains('@', StringComparison.Ordinal) || email.StartsWith('@') || await _tokens.GetAsync(tenant, cancellationToken) is not { } install)
        {
            // Slack has no name search for bots; names resolve through mentions and people already met.
            return [];
        }

        try
        {
            JsonObject found = await _api.CallFormAsync(
                "users.lookupByEmail", install.BotToken, new Dictionary<string, string>(StringComparer.Ordinal) { ["email"] = email }, cancellationToken);
            string? id = Json.Str(found, "user", "id");
            if (!PersonRef.IsValidId(id))
            {
                return [];
            }

            return [new PersonRef(id!, Json.Str(found, "user", "real_name") ?? Json.Str(found, "user", "name") ?? id!)];
        }
        catch (SlackApiException exception) when (exception.Error is "users_not_found")
        {
            return [];
        }
    }

    public async Task<bool> IsMemberAsync(TenantKey tenant, string conversationId, string personId, CancellationToken cancellationToken)
    {
        // Listings ask per item's channel: remember answers (and failures) briefly instead of paging members each time.
        string key = SlackLookupCache.MembershipKey(tenant.Value, conversationId, personId);
        if (_cache.TryGet(key, out bool known))
        {
            return known;
        }

        bool member = await FetchMembershipAsync(tenant, conversationId, personId, cancellationToken);
        _cache.Set(key, member, member ? SlackLookupCache.MembershipTtl : SlackLookupCache.FailureTtl);
        return member;
    }

    private async Task<bool> FetchMembershipAsync(TenantKey tenant, string conversationId, string personId, CancellationToken cancellationToken)
    {
        if (await _tokens.GetAsync(tenant, cancellationToken) is not { } install)
        {
            return false;
        }

        string? cursor = null;
        using var budget = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        budget.CancelAfter(MembershipLookupBudget);
        try
        {
            for (int page = 0; page < MaxMemberPages; page++)
            {
                var fields = new Dictionary<string, string>(StringComparer.Ordinal) { ["channel"] = conversationId, ["limit"] = "1000" };
                if (cursor is { Length: > 0 })
                {
                    fields["cursor"] = cursor;
                }

                JsonObject members = await _api.CallFormAsync("conversations.members", install.BotToken, fields, budget.Token);
                if (members["members"] is JsonArray ids && ids.Any(m => m is JsonValue v && string.Equals(v.ToString(), personId, StringComparison.Ordinal)))
                {
                    return true;
                }

                cursor = Json.Str(members, "response_metadata", "next_cursor");
                if (string.IsNullOrEmpty(cursor))
                {
                    return false;
                }
            }
        }
        catch (Exception exception) when (exception is SlackApiException or HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            // Not in the channel, missing scope, Slack unreachable…: membership unknown counts as not a member.
            return false;
        }

        return false;
    }

    public async Task NotifyAsync(TenantKey tenant, PersonRef recipient, CommandResult message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(recipient);
        Installation install = await _tokens.GetAsync(tenant, cancellationToken)
            ?? throw new InvalidOperationException("The Slack app is not installed for " + tenant.Value + ".");
        JsonObject opened = await _api.CallAsync("conversations.open", install.BotToken, new JsonObject { ["users"] = recipient.Id }, cancellationToken);
        string channel = Json.Str(opened, "channel", "id") ?? throw new SlackApiException("channel_not_found");
        JsonObject body = BlockKitRenderer.Message(message);
        body["channel"] = channel;
        await _api.CallAsync("chat.postMessage", install.BotToken, body, cancellationToken);
    }

    public async Task PostAsync(TenantKey tenant, string conversationId, CommandResult message, CancellationToken cancellationToken)
    {
        Installation install = await _tokens.GetAsync(tenant, cancellationToken)
            ?? throw new InvalidOperationException("The Slack app is not installed for " + tenant.Value + ".");
        JsonObject body = BlockKitRenderer.Message(message);
        body["channel"] = conversationId;
        await _api.CallAsync("chat.postMessage", install.BotToken, body, cancellationToken);
    }
}
