using ActionTracker.Core.Dates;
using ActionTracker.Core.Items;
using ActionTracker.Core.Tenancy;

namespace ActionTracker.Core.Sync;

/// <summary>
/// Decides, for one item of one person, what the sync does. Title, due date and importance flow one way (ours to To
/// Do); completion flows both ways. When both sides changed since the last sync and disagree about completion, the
/// later change wins (our item's updated time against Graph's lastModifiedDateTime; a tie goes to ours) and the plan
/// carries the conflict for the audit trail.
/// </summary>
public static class TodoSyncPlanner
{
    /// <summary>The plan for <paramref name="item"/> (null: gone) given its link and the task's latest delta entry (null: unchanged).</summary>
    public static TodoSyncPlan Plan(ActionItem? item, string personId, TodoTaskLink? link, TodoTaskSnapshot? remote)
    {
        bool eligible = IsEligible(item, personId);
        if (link is null)
        {
            return eligible && item!.Status != ItemStatus.Done && remote is not { IsRemoved: true }
                ? new TodoSyncPlan { Task = TodoTaskAction.Create, Content = Content(item) }
                : TodoSyncPlan.Nothing;
        }

        if (!eligible)
        {
            bool taskGone = link.Detached || remote is { IsRemoved: true };
            return new TodoSyncPlan { Task = taskGone ? TodoTaskAction.None : TodoTaskAction.Delete, DropLink = true };
        }

        if (link.Detached)
        {
            return TodoSyncPlan.Nothing;
        }

        if (remote is { IsRemoved: true })
        {
            return new TodoSyncPlan { DetachLink = true };
        }

        TodoTaskContent ours = Content(item!);
        bool oursChanged = ours.Fingerprint != link.Fingerprint;
        bool theirsChanged = remote is not null && remote.LastModified > link.TaskModifiedAt;
        if (theirsChanged && remote!.IsCompleted != ours.Completed)
        {
            if (!oursChanged)
            {
                return TheirsWin(ours, remote, conflict: null);
            }

            return item!.UpdatedAt >= remote.LastModified
                ? new TodoSyncPlan { Task = TodoTaskAction.Update, Content = ours, Conflict = new SyncConflict(SyncSide.Ours, item.UpdatedAt, remote.LastModified) }
                : TheirsWin(ours, remote, new SyncConflict(SyncSide.Theirs, item.UpdatedAt, remote.LastModified));
        }

        return oursChanged ? new TodoSyncPlan { Task = TodoTaskAction.Update, Content = ours } : TodoSyncPlan.Nothing;
    }

    /// <summary>Items shown in a person's To Do: theirs, accepted, and neither cancelled nor gone.</summary>
    public static bool IsEligible(ActionItem? item, string personId) =>
        item is not null
        && item.Owner is not null
        && string.Equals(item.Owner.Id, personId, StringComparison.Ordinal)
        && item.Status is not (ItemStatus.Proposed or ItemStatus.Cancelled);

    /// <summary>The task an item appears as.</summary>
    public static TodoTaskContent Content(ActionItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return new TodoTaskContent
        {
            Number = item.Number,
            Title = item.Title,
            DueDate = item.Due is { } due ? DueDates.LocalDate(due) : null,
            DueTimeZone = item.Due is { } zoned ? TodoTimeZones.ToGraph(zoned.TimeZoneId) : "UTC",
            Importance = item.Priority switch
            {
                Priority.Urgent or Priority.High => TodoImportance.High,
                Priority.Low => TodoImportance.Low,
                _ => TodoImportance.Normal,
            },
            Completed = item.Status == ItemStatus.Done,
            ExternalId = ExternalId(item.Tenant, item.Number),
        };
    }

    /// <summary>Our key for an item, carried by its task: <c>teams:{tenant}/#42</c>.</summary>
    public static string ExternalId(TenantKey tenant, ItemNumber number) => tenant.Value + "/" + number;

    private static TodoSyncPlan TheirsWin(TodoTaskContent ours, TodoTaskSnapshot remote, SyncConflict? conflict)
    {
        TodoTaskContent adopted = ours with { Completed = remote.IsCompleted };
        return new TodoSyncPlan
        {
            // Only a conflict can leave our other fields newer than the task's; otherwise the task already shows them.
            Task = conflict is null ? TodoTaskAction.None : TodoTaskAction.Update,
            Content = adopted,
            Item = remote.IsCompleted ? TodoItemAction.MarkDone : TodoItemAction.Reopen,
            Conflict = conflict,
        };
    }
}
