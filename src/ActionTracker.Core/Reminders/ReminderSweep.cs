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
/// plans each item's current rung, batches per person into one DM, and sends each rung exactly once. The pass is
/// claimed per time bucket with a lease row (one instance works, a stopped one is taken over when its lease expires,
/// a finished bucket is not run again), and every rung is an idempotency claim (claimed → sent → completed) marked
/// before the lease is released. The one declared gap is a crash after the platform accepted the DM and before the
/// completion mark: the rungs are retaken later and the DM repeats, flagged <see cref="ReminderMessage.PossibleRepeat"/>.
/// A failing DM does not stop the pass: transient failures back off, permanent ones are recorded for the digest.
/// </summary>
public sealed class ReminderSweep
{
    /// <summary>How far back overdue deadlines are read; older items are left to the digest.</summary>
    public static readonly TimeSpan LookBack = TimeSpan.FromDays(90);

    /// <summary>How far ahead: enough for "3 working days before" across a weekend and a holiday.</summary>
    public static readonly TimeSpan LookAhead = TimeSpan.FromDays(8);

    /// <summary>A claim this old belongs to an instance whose lease has long expired (see <see cref="SweepLease.Duration"/>).</summary>
    public static readonly TimeSpan ClaimStaleAfter = TimeSpan.FromMinutes(10);

    private readonly IDueIndex _dueIndex;
    private readonly IPersonStore _people;
    private readonly ITeamSettingsStore _settings;
    private readonly IIdempotencyStore _claims;
    private readonly INotifier _notifier;
    private readonly ILeaseStore _leases;
    private readonly IDeliveryStatusStore _deliveries;
    private readonly ISweepObserver? _observer;
    private readonly SweepTiming _timing;
    private readonly string _holder = "reminders-" + Guid.NewGuid().ToString("N");

    public ReminderSweep(
        IDueIndex dueIndex,
        IPersonStore people,
        ITeamSettingsStore settings,
        IIdempotencyStore claims,
        INotifier notifier,
        ILeaseStore leases,
        IDeliveryStatusStore deliveries,
        ISweepObserver? observer = null,
        SweepTiming? timing = null)
    {
        _dueIndex = dueIndex;
        _people = people;
        _settings = settings;
        _claims = claims;
        _notifier = notifier;
        _leases = leases;
        _deliveries = deliveries;
        _observer = observer;
        _timing = timing ?? SweepTiming.Default;
    }

    public async Task<IReadOnlyList<ReminderMessage>> RunOnceAsync(DateTimeOffset now, bool dryRun, CancellationToken cancellationToken)
    {
        if (dryRun)
        {
            var preview = new List<ReminderMessage>();
            foreach (((TenantKey tenant, string personId, string kind), List<(ActionItem Item, ReminderSlot Slot)> entries) in await PlanAsync(now, cancellationToken))
            {
                if (await PreviewAsync(tenant, personId, kind, entries, now, cancellationToken) is { } message)
                {
                    preview.Add(message);
                }
            }

            return preview;
        }

        // Several instances tick in the same bucket: one works, the others find the lease held or the bucket done.
        Lease? lease = await _leases.TryAcquireAsync(SweepLease.Name("reminders", now, _timing.Bucket), _holder, _timing.LeaseDuration, cancellationToken);
        if (lease is null)
        {
            SchedulerMetrics.SweepRan("reminders", "skipped");
            return [];
        }

        var sent = new List<ReminderMessage>();
        foreach (((TenantKey tenant, string personId, string kind), List<(ActionItem Item, ReminderSlot Slot)> entries) in await PlanAsync(now, cancellationToken))
        {
            // Renewing is also the fence: an instance that lost its lease to a takeover stops sending.
            lease = await _leases.RenewAsync(lease, _timing.LeaseDuration, cancellationToken);
            if (lease is null)
            {
                SchedulerMetrics.SweepRan("reminders", "fenced");
                return sent;
            }

            if (await SendAsync(tenant, personId, kind, entries, now, cancellationToken) is { } message)
            {
                sent.Add(message);
            }
        }

        await _leases.CompleteAsync(lease, cancellationToken);
        SchedulerMetrics.SweepRan("reminders", "ran");
        return sent;
    }

    private async Task<Dictionary<(TenantKey Tenant, string PersonId, string Kind), List<(ActionItem Item, ReminderSlot Slot)>>> PlanAsync(DateTimeOffset now, CancellationToken cancellationToken)
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

        return outbox;
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

    /// <summary>
    /// The claim of a blocked item's escalation to its creator. <c>block</c> raises it at once under the same key, so
    /// the sweep never raises the same block again (once per blocking reason).
    /// </summary>
    public static string BlockedEscalationKey(ActionItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return $"escalation:{item.Number.Value}:{ReminderPlanner.BlockedKey(item.StatusReason)}";
    }

    private async Task<ReminderMessage?> PreviewAsync(TenantKey tenant, string personId, string kind, List<(ActionItem Item, ReminderSlot Slot)> entries, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (await _deliveries.GetAsync(tenant, personId, cancellationToken) is { } failure && failure.NextAttemptAt > now)
        {
            return null;
        }

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
        await ReachedAsync(SweepCheckpoint.BeforeClaim, tenant, personId, cancellationToken);
        DeliveryFailure? failure = await _deliveries.GetAsync(tenant, personId, cancellationToken);
        if (failure is not null && failure.NextAttemptAt > now)
        {
            // Backing off, or known unreachable: the rungs stay unclaimed and the digest shows the person.
            return null;
        }

        var claimed = new List<(ActionItem Item, ReminderSlot Slot, IdempotencyClaim Claim)>();
        foreach ((ActionItem item, ReminderSlot slot) in entries.OrderBy(e => e.Item.Due?.Utc))
        {
            IdempotencyClaim claim = await _claims.TryClaimAsync(tenant, ClaimKey(kind, item, slot), _timing.ClaimStaleAfter, cancellationToken);
            if (claim.State == ClaimState.Claimed)
            {
                claimed.Add((item, slot, claim));
            }
            else
            {
                SchedulerMetrics.ReminderDeduplicated(tenant, kind, SchedulerMetrics.SkipReason(claim.State));
            }
        }

        if (claimed.Count == 0)
        {
            return null;
        }

        await ReachedAsync(SweepCheckpoint.AfterClaim, tenant, personId, cancellationToken);
        List<ActionItem> items = claimed.Select(c => c.Item).ToList();
        PersonRef to = Recipient(personId, kind, items);
        try
        {
            await _notifier.NotifyAsync(tenant, to, Render(kind, items, now), cancellationToken);
        }
        catch (RecipientUnreachableException exception)
        {
            // Retrying cannot help: the rungs are settled (not sent) and the person is shown in the digest.
            foreach ((_, _, IdempotencyClaim claim) in claimed)
            {
                await _claims.CompleteAsync(claim, cancellationToken);
            }

            await _deliveries.SaveAsync(Failed(failure, tenant, to, exception.Reason, now, permanent: true), cancellationToken);
            SchedulerMetrics.ReminderFailed(tenant, kind, permanent: true);
            return null;
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // Not sent: give the rungs back and wait out a backoff; after too many tries the person counts as unreachable.
            foreach ((_, _, IdempotencyClaim claim) in claimed)
            {
                await _claims.ReleaseAsync(claim, cancellationToken);
            }

            bool giveUp = (failure?.Attempts ?? 0) + 1 >= DeliveryBackoff.MaxAttempts;
            await _deliveries.SaveAsync(Failed(failure, tenant, to, Describe(exception), now, giveUp), cancellationToken);
            SchedulerMetrics.ReminderFailed(tenant, kind, permanent: false);
            return null;
        }

        await ReachedAsync(SweepCheckpoint.AfterSend, tenant, personId, cancellationToken);
        foreach ((_, _, IdempotencyClaim claim) in claimed)
        {
            await _claims.CompleteAsync(claim, cancellationToken);
        }

        if (failure is not null)
        {
            await _deliveries.ClearAsync(tenant, personId, cancellationToken);
        }

        await ReachedAsync(SweepCheckpoint.AfterMark, tenant, personId, cancellationToken);
        bool possibleRepeat = claimed.Any(c => c.Claim.Retaken);
        SchedulerMetrics.ReminderSent(tenant, kind);
        if (possibleRepeat)
        {
            SchedulerMetrics.ReminderDeduplicated(tenant, kind, "possible_repeat", claimed.Count(c => c.Claim.Retaken));
        }

        return new ReminderMessage(kind, tenant, to, items.Select(i => i.Number).ToList(), now, claimed.Select(c => c.Slot.Key).ToList(), possibleRepeat);
    }

    private static DeliveryFailure Failed(DeliveryFailure? previous, TenantKey tenant, PersonRef to, string reason, DateTimeOffset now, bool permanent)
    {
        int attempts = (previous?.Attempts ?? 0) + 1;
        return new DeliveryFailure(
            tenant,
            to.Id,
            to.DisplayName,
            reason,
            attempts,
            previous?.FirstFailedAt ?? now,
            now + (permanent ? DeliveryBackoff.UnreachableRecheck : DeliveryBackoff.After(attempts)),
            permanent);
    }

    /// <summary>A short, secret-free reason for the record (the exception type and its message's first line).</summary>
    private static string Describe(Exception exception)
    {
        string message = exception.Message.Split('\n')[0];
        return message.Length > 200 ? message[..200] : message;
    }

    private ValueTask ReachedAsync(SweepCheckpoint checkpoint, TenantKey tenant, string personId, CancellationToken cancellationToken) =>
        _observer?.ReachedAsync(checkpoint, tenant, personId, cancellationToken) ?? ValueTask.CompletedTask;

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
