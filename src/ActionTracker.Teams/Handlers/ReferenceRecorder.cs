using System.Collections.Concurrent;
using System.Text.Json;
using ActionTracker.Core.Execution;
using ActionTracker.Core.People;
using ActionTracker.Core.Ports;
using ActionTracker.Core.Tenancy;
using ActionTracker.Teams.Protocol;

namespace ActionTracker.Teams.Handlers;

/// <summary>
/// Keeps the stored person (time zone, DM reference) and conversation reference current so proactive messages work
/// after restarts and on other instances; writes only when something changed.
/// </summary>
public sealed class ReferenceRecorder
{
    private const int MaxRemembered = 10_000;

    private readonly IPersonStore _people;
    private readonly IConversationStore _conversations;
    private readonly TimeProvider _time;

    // What this instance last saw stored per person and conversation; only saves round trips, storage stays the truth.
    private readonly ConcurrentDictionary<string, string> _recent = new(StringComparer.Ordinal);

    public ReferenceRecorder(IPersonStore people, IConversationStore conversations, TimeProvider time)
    {
        _people = people;
        _conversations = conversations;
        _time = time;
    }

    public Task RecordAsync(Activity activity, TenantKey tenant, PersonRef person, CancellationToken cancellationToken) =>
        RecordAsync(activity, tenant, person, installed: false, cancellationToken);

    /// <param name="installed">
    /// An install: always checked against storage, because another instance may have marked the conversation removed
    /// since this one last saw it; saving the reference again restores sends there.
    /// </param>
    public async Task RecordAsync(Activity activity, TenantKey tenant, PersonRef person, bool installed, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentNullException.ThrowIfNull(person);
        if (activity.ServiceUrl is not { Length: > 0 } serviceUrl || activity.Conversation?.Id is not { Length: > 0 } conversationId)
        {
            return;
        }

        string tenantId = tenant.Value["teams:".Length..];
        var reference = new ConversationReference
        {
            ServiceUrl = serviceUrl,
            TenantId = tenantId,
            ChannelId = activity.ChannelId ?? "msteams",
            ConversationId = conversationId,
            ConversationType = activity.Conversation.ConversationType,
            BotId = activity.Recipient?.Id,
            UserId = activity.From?.Id,
            UserName = activity.From?.Name,
            TeamId = activity.ChannelData?.Team?.Id,
        };

        ConversationKind kind = ActivityMapper.Kind(activity.Conversation.ConversationType);
        string conversationJson = JsonSerializer.Serialize(reference with { UserId = null, UserName = null }, TeamsJsonContext.Default.ConversationReference);
        string recentKey = tenant.Value + "\n" + person.Id + "\n" + conversationId;
        string fingerprint = JsonSerializer.Serialize(reference, TeamsJsonContext.Default.ConversationReference) + "\n" + person.DisplayName + "\n" + ActivityMapper.TimeZone(activity);
        if (!installed && _recent.TryGetValue(recentKey, out string? seen) && string.Equals(seen, fingerprint, StringComparison.Ordinal))
        {
            return;
        }

        ConversationRecord? stored = await _conversations.GetAsync(tenant, conversationId, cancellationToken);
        if (stored is null || stored.RemovedAt is not null || !string.Equals(stored.Reference, conversationJson, StringComparison.Ordinal))
        {
            await _conversations.SaveAsync(
                new ConversationRecord { Tenant = tenant, ConversationId = conversationId, Kind = kind, Reference = conversationJson, Name = activity.Conversation.Name ?? stored?.Name },
                cancellationToken);
        }

        if (installed && activity.ChannelData?.Team?.Id is { Length: > 0 } teamId && teamId != conversationId
            && await _conversations.GetAsync(tenant, teamId, cancellationToken) is { RemovedAt: not null } team)
        {
            await _conversations.SaveAsync(team with { RemovedAt = null }, cancellationToken);
        }

        await RecordPersonAsync(activity, tenant, person, reference, kind, cancellationToken);
        if (_recent.Count >= MaxRemembered)
        {
            _recent.Clear();
        }

        _recent[recentKey] = fingerprint;
    }

    /// <summary>
    /// The bot was uninstalled from a personal chat or removed from a group chat or team: marks the conversation (and
    /// the team, whose channels all stop) so reminders, digests and DMs skip it until the bot is added again.
    /// </summary>
    public async Task MarkRemovedAsync(Activity activity, TenantKey tenant, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (activity.ServiceUrl is not { Length: > 0 } serviceUrl || activity.Conversation?.Id is not { Length: > 0 } conversationId)
        {
            return;
        }

        DateTimeOffset now = _time.GetUtcNow();
        string? teamId = activity.ChannelData?.Team?.Id;
        foreach (string id in teamId is { Length: > 0 } && teamId != conversationId ? [conversationId, teamId] : new[] { conversationId })
        {
            ConversationRecord? stored = await _conversations.GetAsync(tenant, id, cancellationToken);
            string reference = stored?.Reference ?? JsonSerializer.Serialize(
                new ConversationReference
                {
                    ServiceUrl = serviceUrl,
                    TenantId = tenant.Value["teams:".Length..],
                    ConversationId = id,
                    ConversationType = activity.Conversation.ConversationType,
                    BotId = activity.Recipient?.Id,
                    TeamId = teamId,
                },
                TeamsJsonContext.Default.ConversationReference);
            await _conversations.SaveAsync(
                new ConversationRecord
                {
                    Tenant = tenant,
                    ConversationId = id,
                    Kind = stored?.Kind ?? ActivityMapper.Kind(activity.Conversation.ConversationType),
                    Reference = reference,
                    Name = stored?.Name,
                    RemovedAt = now,
                },
                cancellationToken);
        }

        // Forget what this instance saw, so the next install writes the reference again.
        _recent.Clear();
    }

    private async Task RecordPersonAsync(Activity activity, TenantKey tenant, PersonRef person, ConversationReference reference, ConversationKind kind, CancellationToken cancellationToken)
    {
        Person? existing = await _people.GetAsync(tenant, person.Id, cancellationToken);
        string? directMessage = existing?.DirectMessageReference;
        if (kind == ConversationKind.Personal)
        {
            directMessage = JsonSerializer.Serialize(reference, TeamsJsonContext.Default.ConversationReference);
        }
        else if (directMessage is null && reference.UserId is not null)
        {
            // Seen only in a team so far: enough to create the 1:1 on the first DM.
            directMessage = JsonSerializer.Serialize(reference with { ConversationId = null, ConversationType = null }, TeamsJsonContext.Default.ConversationReference);
        }

        string? timeZone = ActivityMapper.TimeZone(activity) ?? existing?.TimeZoneId;
        Person updated = (existing ?? new Person { Tenant = tenant, Ref = person }) with
        {
            Ref = person,
            TimeZoneId = timeZone,
            DirectMessageReference = directMessage,
        };
        bool changed = existing is null
                       || !string.Equals(existing.Ref.DisplayName, person.DisplayName, StringComparison.Ordinal)
                       || !string.Equals(existing.TimeZoneId, timeZone, StringComparison.Ordinal)
                       || !string.Equals(existing.DirectMessageReference, directMessage, StringComparison.Ordinal);
        if (changed)
        {
            // A concurrent writer wins: the next activity refreshes the reference again.
            await _people.SaveAsync(updated, cancellationToken);
        }
    }
}
