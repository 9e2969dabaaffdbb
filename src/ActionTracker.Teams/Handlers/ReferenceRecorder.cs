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

    // What this instance last saw stored per person and conversation; only saves round trips, storage stays the truth.
    private readonly ConcurrentDictionary<string, string> _recent = new(StringComparer.Ordinal);

    public ReferenceRecorder(IPersonStore people, IConversationStore conversations)
    {
        _people = people;
        _conversations = conversations;
    }

    public async Task RecordAsync(Activity activity, TenantKey tenant, PersonRef person, CancellationToken cancellationToken)
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
        };

        ConversationKind kind = ActivityMapper.Kind(activity.Conversation.ConversationType);
        string conversationJson = JsonSerializer.Serialize(reference with { UserId = null, UserName = null }, TeamsJsonContext.Default.ConversationReference);
        string recentKey = tenant.Value + "\n" + person.Id + "\n" + conversationId;
        string fingerprint = JsonSerializer.Serialize(reference, TeamsJsonContext.Default.ConversationReference) + "\n" + person.DisplayName + "\n" + ActivityMapper.TimeZone(activity);
        if (_recent.TryGetValue(recentKey, out string? seen) && string.Equals(seen, fingerprint, StringComparison.Ordinal))
        {
            return;
        }

        ConversationRecord? stored = await _conversations.GetAsync(tenant, conversationId, cancellationToken);
        if (stored is null || !string.Equals(stored.Reference, conversationJson, StringComparison.Ordinal))
        {
            await _conversations.SaveAsync(
                new ConversationRecord { Tenant = tenant, ConversationId = conversationId, Kind = kind, Reference = conversationJson, Name = activity.Conversation.Name ?? stored?.Name },
                cancellationToken);
        }

        await RecordPersonAsync(activity, tenant, person, reference, kind, cancellationToken);
        if (_recent.Count >= MaxRemembered)
        {
            _recent.Clear();
        }

        _recent[recentKey] = fingerprint;
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
