using System.Text.Json;
using ActionTracker.Core.Audit;
using ActionTracker.Core.Commands;
using ActionTracker.Core.Execution;
using ActionTracker.Core.Items;
using ActionTracker.Core.People;
using ActionTracker.Core.Ports;
using ActionTracker.Core.Tenancy;
using ActionTracker.Core.Work;

namespace ActionTracker.Core.Sync;

/// <summary>
/// One person's sync with their "ActionTracker" list in Microsoft To Do: read what changed there (Graph delta), compare
/// every candidate item with its task (<see cref="TodoSyncPlanner"/>), apply the plan on both sides, then move the delta
/// position on. Completion from To Do goes through the same Done/Reopen commands a person uses, so history, recurrence
/// and notifications follow. Graph refusing access pauses the person's sync and tells them; throttling re-queues the
/// job after Graph's Retry-After. Every run compares both sides afresh, so a run lost to an outage is made up by the next.
/// </summary>
public sealed class TodoSyncWorkHandler : IWorkHandler
{
    public const string ListName = "ActionTracker";

    /// <summary>Throttled runs are re-queued this many times; after that the next scheduled run takes over.</summary>
    public const int MaxAttempts = 5;

    /// <summary>The actor of sync audit rows.</summary>
    public static readonly PersonRef SyncActor = new("system:todo-sync", "Microsoft To Do sync");

    private static readonly TimeSpan MaxRetryAfter = TimeSpan.FromMinutes(10);

    /// <summary>One run per person at a time; a run outlasting this is taken over.</summary>
    private static readonly TimeSpan RunLease = TimeSpan.FromMinutes(5);

    /// <summary>A job finding another run of the same person under way looks again after this long.</summary>
    private static readonly TimeSpan BusyRetry = TimeSpan.FromSeconds(20);
    private const int PageSize = 200;

    private readonly ITodoSyncStore _store;
    private readonly IActionItemStore _items;
    private readonly ITodoTaskClient _client;
    private readonly CommandExecutor _executor;
    private readonly INotifier _notifier;
    private readonly IWorkQueue _queue;
    private readonly ILeaseStore _leases;
    private readonly TimeProvider _time;
    private readonly string _holder = "todo-sync-run-" + Guid.NewGuid().ToString("N");

    public TodoSyncWorkHandler(
        ITodoSyncStore store, IActionItemStore items, ITodoTaskClient client, CommandExecutor executor, INotifier notifier, IWorkQueue queue, ILeaseStore leases, TimeProvider time)
    {
        _leases = leases;
        _store = store;
        _items = items;
        _client = client;
        _executor = executor;
        _notifier = notifier;
        _queue = queue;
        _time = time;
    }

    public string Kind => TodoSyncJob.WorkKind;

    public async Task HandleAsync(WorkItem item, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(item);
        TodoSyncJob? job;
        try
        {
            job = JsonSerializer.Deserialize(item.Payload, SyncJsonContext.Default.TodoSyncJob);
        }
        catch (JsonException)
        {
            return;
        }

        if (job is null || !_client.IsAvailable
            || await _store.GetStateAsync(item.Tenant, job.PersonId, cancellationToken) is not { IsActive: true } state)
        {
            return;
        }

        // Two runs of one person at once could both create the same task: one holds the person's run lease.
        Lease? lease = await _leases.TryAcquireAsync("todo-sync-run|" + item.Tenant.Value + "|" + job.PersonId, _holder, RunLease, cancellationToken);
        if (lease is null)
        {
            if (job.Attempt < MaxAttempts)
            {
                TodoSyncJob later = job with { Attempt = job.Attempt + 1 };
                await _queue.EnqueueAsync(later.ToWorkItem(item.Tenant, item.IdempotencyKey + ":busy" + later.Attempt), BusyRetry, cancellationToken);
            }

            return;
        }

        try
        {
            await SyncAsync(state, cancellationToken);
        }
        catch (TodoAccessDeniedException denied)
        {
            await PauseAsync(state, denied.Reason, cancellationToken);
        }
        catch (TodoThrottledException throttled) when (job.Attempt < MaxAttempts)
        {
            TimeSpan wait = throttled.RetryAfter < TimeSpan.Zero ? TimeSpan.Zero : throttled.RetryAfter > MaxRetryAfter ? MaxRetryAfter : throttled.RetryAfter;
            TodoSyncJob retry = job with { Attempt = job.Attempt + 1 };
            await _queue.EnqueueAsync(retry.ToWorkItem(item.Tenant, item.IdempotencyKey + ":retry" + retry.Attempt), wait, cancellationToken);
        }
        catch (TodoThrottledException)
        {
            // Still throttled after every retry: the next scheduled run compares both sides again, so nothing is lost.
        }
        finally
        {
            // Released by letting it expire now, so the next run takes it at once; done even while stopping, hence no token.
            await _leases.RenewAsync(lease, TimeSpan.Zero, CancellationToken.None);
        }
    }

    private async Task SyncAsync(TodoSyncState state, CancellationToken cancellationToken)
    {
        TenantKey tenant = state.Tenant;
        string personId = state.Person.Id;
        string listId = await _client.EnsureListAsync(tenant, personId, state.ListId, ListName, cancellationToken);
        if (listId != state.ListId)
        {
            // A new list (the old one was deleted in To Do) starts a new delta position, and its tasks are made afresh.
            foreach (TodoTaskLink stale in state.ListId is null ? [] : await _store.ListLinksAsync(tenant, personId, cancellationToken))
            {
                await _store.DeleteLinkAsync(tenant, personId, stale.Number, cancellationToken);
            }

            state = await SaveStateAsync(state with { ListId = listId, DeltaLink = null }, cancellationToken);
        }

        TodoDelta delta = await _client.ReadChangesAsync(tenant, personId, listId, state.DeltaLink, cancellationToken);
        var remoteByTask = new Dictionary<string, TodoTaskSnapshot>(StringComparer.Ordinal);
        foreach (TodoTaskSnapshot change in delta.Changes)
        {
            remoteByTask[change.Id] = change;
        }

        Dictionary<ItemNumber, TodoTaskLink> links = (await _store.ListLinksAsync(tenant, personId, cancellationToken)).ToDictionary(l => l.Number);
        foreach (TodoTaskLink pending in links.Values.Where(l => l.TaskId.Length == 0).ToList())
        {
            await ResolvePendingAsync(state, listId, pending, links, cancellationToken);
        }

        Dictionary<ItemNumber, ActionItem> open = await ListOpenAsync(tenant, personId, cancellationToken);
        var candidates = new SortedSet<long>(open.Keys.Select(n => n.Value));
        foreach (TodoTaskLink link in links.Values)
        {
            // Completed, unchanged tasks of closed items need no look; everything else might.
            if (!link.Completed || link.Detached || remoteByTask.ContainsKey(link.TaskId) || open.ContainsKey(link.Number))
            {
                candidates.Add(link.Number.Value);
            }
        }

        foreach (long value in candidates)
        {
            var number = new ItemNumber(value);
            ActionItem? current = open.TryGetValue(number, out ActionItem? listed) ? listed : await _items.GetAsync(tenant, number, cancellationToken);
            TodoTaskLink? link = links.GetValueOrDefault(number);
            TodoTaskSnapshot? remote = link is null ? null : remoteByTask.GetValueOrDefault(link.TaskId);
            await ApplyAsync(state, listId, current, link, remote, cancellationToken);
        }

        await SaveStateAsync(state with { DeltaLink = delta.DeltaLink, LastSyncedAt = _time.GetUtcNow() }, cancellationToken);
    }

    /// <summary>
    /// A link without a task id was stored just before a create whose answer never arrived (a crash or timeout): the task
    /// may exist. Look it up by our external id rather than create it twice.
    /// </summary>
    private async Task ResolvePendingAsync(TodoSyncState state, string listId, TodoTaskLink pending, Dictionary<ItemNumber, TodoTaskLink> links, CancellationToken cancellationToken)
    {
        string externalId = TodoSyncPlanner.ExternalId(state.Tenant, pending.Number);
        if (await _client.FindAsync(state.Tenant, state.Person.Id, listId, externalId, cancellationToken) is not { } found)
        {
            await _store.DeleteLinkAsync(state.Tenant, state.Person.Id, pending.Number, cancellationToken);
            links.Remove(pending.Number);
            return;
        }

        // An empty fingerprint makes the planner send our fields once.
        TodoTaskLink adopted = pending with { TaskId = found.Id, Fingerprint = string.Empty, Completed = found.IsCompleted, TaskModifiedAt = found.LastModified };
        await _store.SaveLinkAsync(adopted, cancellationToken);
        links[pending.Number] = adopted;
    }

    private async Task ApplyAsync(TodoSyncState state, string listId, ActionItem? item, TodoTaskLink? link, TodoTaskSnapshot? remote, CancellationToken cancellationToken)
    {
        TenantKey tenant = state.Tenant;
        string personId = state.Person.Id;
        TodoSyncPlan plan = TodoSyncPlanner.Plan(item, personId, link, remote);
        ItemNumber number = item?.Number ?? link!.Number;
        if (plan.DropLink)
        {
            if (plan.Task == TodoTaskAction.Delete)
            {
                await _client.DeleteAsync(tenant, personId, listId, link!.TaskId, cancellationToken);
            }

            await _store.DeleteLinkAsync(tenant, personId, number, cancellationToken);
            return;
        }

        if (plan.DetachLink)
        {
            await _store.SaveLinkAsync(link! with { Detached = true }, cancellationToken);
            return;
        }

        int revision = item?.Revision ?? 0;
        if (plan.Item != TodoItemAction.None)
        {
            ActionItem? changed = await ChangeItemAsync(state, item!, plan.Item, cancellationToken);
            if (changed is null)
            {
                // Our side refused (e.g. the item changed meanwhile): leave the link as it was, the next run looks again.
                return;
            }

            revision = changed.Revision;
        }

        if (plan.Conflict is { } conflict)
        {
            await RecordAsync(tenant, number, revision, "To Do sync conflict: " + conflict.Describe(), cancellationToken);
        }

        if (plan.Task == TodoTaskAction.Create)
        {
            // Marks the create as under way: if its answer is lost, the next run looks the task up instead of creating another.
            link = new TodoTaskLink { Tenant = tenant, PersonId = personId, Number = number, TaskId = string.Empty, Fingerprint = string.Empty };
            await _store.SaveLinkAsync(link, cancellationToken);
        }

        TodoTaskSnapshot? written = plan.Task switch
        {
            TodoTaskAction.Create => await _client.CreateAsync(tenant, personId, listId, plan.Content!, cancellationToken),
            TodoTaskAction.Update => await _client.UpdateAsync(tenant, personId, listId, link!.TaskId, plan.Content!, cancellationToken),
            _ => null,
        };
        if (plan.Task == TodoTaskAction.Update && written is null)
        {
            // Deleted in To Do since the delta was read.
            await _store.SaveLinkAsync(link! with { Detached = true }, cancellationToken);
            return;
        }

        if (plan.Content is null && (remote is null || link is null || remote.LastModified <= link.TaskModifiedAt))
        {
            return;
        }

        await _store.SaveLinkAsync(
            link! with
            {
                TaskId = written?.Id ?? link.TaskId,
                Fingerprint = plan.Content?.Fingerprint ?? link.Fingerprint,
                Completed = plan.Content?.Completed ?? link.Completed,
                TaskModifiedAt = written?.LastModified ?? remote?.LastModified ?? link.TaskModifiedAt,
                ItemRevision = revision,
            },
            cancellationToken);
    }

    /// <summary>Done or Reopen as the owner, through the same command path as the buttons.</summary>
    private async Task<ActionItem?> ChangeItemAsync(TodoSyncState state, ActionItem item, TodoItemAction action, CancellationToken cancellationToken)
    {
        var context = new CommandContext
        {
            Tenant = state.Tenant,
            Requester = item.Owner ?? state.Person,
            ConversationId = item.ConversationId ?? state.Person.Id,
            ConversationKind = ConversationKind.Personal,
        };
        ParsedCommand command = action == TodoItemAction.MarkDone
            ? new DoneCommand([item.Number], null)
            : new ReopenCommand([item.Number]);
        CommandResult result = await _executor.ExecuteAsync(command, context, cancellationToken);
        if (!result.Succeeded)
        {
            return null;
        }

        ActionItem? changed = await _items.GetAsync(state.Tenant, item.Number, cancellationToken);
        if (changed is not null)
        {
            string text = action == TodoItemAction.MarkDone ? "Completed in Microsoft To Do" : "Reopened in Microsoft To Do";
            await RecordAsync(state.Tenant, item.Number, changed.Revision, text, cancellationToken);
        }

        return changed;
    }

    private Task RecordAsync(TenantKey tenant, ItemNumber number, int revision, string text, CancellationToken cancellationToken) =>
        _items.RecordAsync(
            new AuditEntry
            {
                Tenant = tenant,
                Subject = number.ToString(),
                Actor = SyncActor,
                At = _time.GetUtcNow(),
                Revision = revision,
                Change = new FieldChange("sync", null, text),
            },
            cancellationToken);

    private async Task<Dictionary<ItemNumber, ActionItem>> ListOpenAsync(TenantKey tenant, string personId, CancellationToken cancellationToken)
    {
        var open = new Dictionary<ItemNumber, ActionItem>();
        string? continuation = null;
        do
        {
            ResultPage<ActionItem> page = await _items.ListByOwnerAsync(tenant, personId, new ItemListFilter { OpenOnly = true }, continuation, PageSize, cancellationToken);
            foreach (ActionItem listed in page.Items)
            {
                open[listed.Number] = listed;
            }

            continuation = page.ContinuationToken;
        }
        while (continuation is not null);
        return open;
    }

    private async Task PauseAsync(TodoSyncState state, string reason, CancellationToken cancellationToken)
    {
        await SaveStateAsync(state with { PausedReason = reason }, cancellationToken);
        var message = new CommandResult
        {
            Text = "I paused your Microsoft To Do sync: Microsoft Graph refused access to your tasks (" + reason + "). "
                + "An admin must grant the bot's app the Graph application permission Tasks.ReadWrite.All (with admin consent); "
                + "then turn it back on with `settings todo on`.",
            Succeeded = false,
        };
        try
        {
            await _notifier.NotifyAsync(state.Tenant, state.Person, message, cancellationToken);
        }
        catch (RecipientUnreachableException)
        {
            // `settings todo` shows the reason too.
        }
    }

    private async Task<TodoSyncState> SaveStateAsync(TodoSyncState state, CancellationToken cancellationToken)
    {
        StoreResult<TodoSyncState> saved = await _store.SaveStateAsync(state, cancellationToken);
        // Turned off or changed meanwhile: stop here; the work is retried and sees the new state.
        return saved.Value ?? throw new InvalidOperationException(saved.Message);
    }
}
