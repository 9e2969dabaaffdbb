using ActionTracker.Core.Execution;
using ActionTracker.Core.Items;
using ActionTracker.Core.People;
using ActionTracker.Core.Ports;
using ActionTracker.Core.Settings;
using ActionTracker.Core.Tenancy;
using ActionTracker.Core.Views;

namespace ActionTracker.Core.Reminders;

/// <summary>
/// One pass over what is due: reads only the due index (the window of deadlines that can need a reminder now),
/// plans each item's current rung, batches per person into one DM, and sends each rung exactly once. Every rung is an
/// idempotency claim (claimed → sent → completed), so two instances or a restart never send it twice; the one declared
/// gap is a crash after the platform accepted the DM and before the completion mark, which repeats that DM.
/// </summary>
public sealed class ReminderSweep
{
    /// <summary>How far back overdue deadlines are read; older items are left to the digest.</summary>
    public static readonly TimeSpan LookBack = TimeSpan.FromDays(90);

    /// <summary>How far ahead: enough for "3 working days before" across a weekend and a holiday.</summary>
    public static readonly TimeSpan LookAhead = TimeSpan.FromDays(8);

    private static readonly TimeSpan ClaimStaleAfter = TimeSpan.FromMinutes(10);

    private readonly IDueIndex _dueIndex;
    private readonly IPersonStore _people;
    private readonly ITeamSettingsStore _settings;
    private readonly IIdempotencyStore _claims;
    private readonly INotifier _notifier;

    public ReminderSweep(IDueIndex dueIndex, IPersonStore people, ITeamSettingsStore settings, IIdempotencyStore claims, INotifier notifier)
    {
        _dueIndex = dueIndex;
        _people = people;
        _settings = settings;
        _claims = claims;
        _notifier = notifier;
    }

    public async Task<IReadOnlyList<ReminderMessage>> RunOnceAsync(DateTimeOffset now, bool dryRun, CancellationToken cancellationToken)
    {
        IReadOnlyList<DueEntry> due = await _dueIndex.QueryDueAsync(now - LookBack, now + LookAhead, cancellationToken);
        var people = new Dictionary<(TenantKey, string), Person?>();
        var teams = new Dictionary<(TenantKey, string), TeamSettings?>();
        var outbox = new Dictionary<(TenantKey Tenant, string PersonId, string Kind), List<(ActionItem Item, ReminderSlot Slot)>>();

        foreach (DueEntry entry in due)
        {
            ActionItem item = entry.Item;
            TeamSettings? team = item.ConversationId is null ? null : await CachedAsync(teams, (item.Tenant, item.ConversationId), () => _settings.GetAsync(item.Tenant, item.ConversationId, cancellationToken));
            ReminderLadder ladder = team?.Reminders ?? ReminderLadder.Default;
            Person? owner = item.Owner is null ? null : await CachedAsync(people, (item.Tenant, item.Owner.Id), () => _people.GetAsync(item.Tenant, item.Owner.Id, cancellationToken));
            WorkingHours ownerHours = owner?.WorkingHours ?? WorkingHours.Default;

            bool muted = owner?.MutedUntil is { } mutedUntil && mutedUntil > now;
            if (!muted && ReminderPlanner.CurrentSlot(item, ladder, ownerHours, now) is { } slot
                && ReminderPlanner.MaySend(ownerHours, team?.QuietHours, item.Due!.TimeZoneId, now))
            {
                Add(outbox, (item.Tenant, item.Owner!.Id, "reminder"), item, slot);
            }

            if (item.Creator.Id != item.Owner?.Id && ReminderPlanner.EscalationSlot(item, ladder, ownerHours, now) is { } escalation)
            {
                Person? creator = await CachedAsync(people, (item.Tenant, item.Creator.Id), () => _people.GetAsync(item.Tenant, item.Creator.Id, cancellationToken));
                string creatorZone = creator?.TimeZoneId ?? item.Due!.TimeZoneId;
                if (ReminderPlanner.MaySend(creator?.WorkingHours ?? WorkingHours.Default, team?.QuietHours, creatorZone, now))
                {
                    Add(outbox, (item.Tenant, item.Creator.Id, "escalation"), item, escalation);
                }
            }
        }

        var sent = new List<ReminderMessage>();
        foreach (((TenantKey tenant, string personId, string kind), List<(ActionItem Item, ReminderSlot Slot)> entries) in outbox)
        {
            ReminderMessage? message = dryRun
                ? await PreviewAsync(tenant, personId, kind, entries, now, cancellationToken)
                : await SendAsync(tenant, personId, kind, entries, now, cancellationToken);
            if (message is not null)
            {
                sent.Add(message);
            }
        }

        return sent;
    }

    private static void Add(Dictionary<(TenantKey, string, string), List<(ActionItem, ReminderSlot)>> outbox, (TenantKey, string, string) key, ActionItem item, ReminderSlot slot)
    {
        if (!outbox.TryGetValue(key, out List<(ActionItem, ReminderSlot)>? list))
        {
            outbox[key] = list = [];
        }

        list.Add((item, slot));
    }

    private static string ClaimKey(string kind, ActionItem item, ReminderSlot slot) => $"{kind}:{item.Number.Value}:{slot.Key}";

    private async Task<ReminderMessage?> PreviewAsync(TenantKey tenant, string personId, string kind, List<(ActionItem Item, ReminderSlot Slot)> entries, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var pending = new List<(ActionItem Item, ReminderSlot Slot)>();
        foreach ((ActionItem item, ReminderSlot slot) in entries)
        {
            if (!await _claims.IsCompletedAsync(tenant, ClaimKey(kind, item, slot), cancellationToken))
            {
                pending.Add((item, slot));
            }
        }

        List<ActionItem> items = pending.Select(p => p.Item).ToList();
        return pending.Count == 0
            ? null
            : new ReminderMessage(kind, tenant, Recipient(personId, kind, items), items.Select(i => i.Number).ToList(), now, pending.Select(p => p.Slot.Key).ToList());
    }

    private async Task<ReminderMessage?> SendAsync(TenantKey tenant, string personId, string kind, List<(ActionItem Item, ReminderSlot Slot)> entries, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var claimed = new List<(ActionItem Item, ReminderSlot Slot, IdempotencyClaim Claim)>();
        foreach ((ActionItem item, ReminderSlot slot) in entries.OrderBy(e => e.Item.Due?.Utc))
        {
            IdempotencyClaim claim = await _claims.TryClaimAsync(tenant, ClaimKey(kind, item, slot), ClaimStaleAfter, cancellationToken);
            if (claim.State == ClaimState.Claimed)
            {
                claimed.Add((item, slot, claim));
            }
        }

        if (claimed.Count == 0)
        {
            return null;
        }

        List<ActionItem> items = claimed.Select(c => c.Item).ToList();
        PersonRef to = Recipient(personId, kind, items);
        try
        {
            await _notifier.NotifyAsync(tenant, to, Render(kind, items, now), cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // Not sent: give the rungs back so the next sweep tries again.
            foreach ((_, _, IdempotencyClaim claim) in claimed)
            {
                await _claims.ReleaseAsync(claim, cancellationToken);
            }

            throw;
        }

        foreach ((_, _, IdempotencyClaim claim) in claimed)
        {
            await _claims.CompleteAsync(claim, cancellationToken);
        }

        return new ReminderMessage(kind, tenant, to, items.Select(i => i.Number).ToList(), now, claimed.Select(c => c.Slot.Key).ToList());
    }

    private static PersonRef Recipient(string personId, string kind, List<ActionItem> items) =>
        kind == "escalation" ? items[0].Creator : items[0].Owner ?? new PersonRef(personId, personId);

    private static CommandResult Render(string kind, List<ActionItem> items, DateTimeOffset now)
    {
        string zone = items[0].Due?.TimeZoneId ?? "UTC";
        bool escalation = kind == "escalation";
        string header = escalation
            ? (items.Count == 1 ? "This item you created needs attention:" : $"These {items.Count} items you created need attention:")
            : (items.Count == 1 ? "Reminder: this item needs you:" : $"Reminder: these {items.Count} items need you:");
        IEnumerable<string> lines = items.Select(i => "• " + ItemPresenter.Line(i, zone, now) + (i.Status == ItemStatus.Blocked && i.StatusReason is not null ? $" — blocked: {i.StatusReason}" : string.Empty));
        return new CommandResult
        {
            Text = header + "\n" + string.Join("\n", lines),
            Views = items.Select(i => (ChatView)ItemPresenter.Card(i, zone, now, viewerIsOwner: !escalation, viewerCanChange: true)).ToList(),
        };
    }

    private static async Task<T?> CachedAsync<TKey, T>(Dictionary<TKey, T?> cache, TKey key, Func<Task<T?>> load)
        where TKey : notnull
        where T : class
    {
        if (!cache.TryGetValue(key, out T? value))
        {
            value = await load();
            cache[key] = value;
        }

        return value;
    }
}
