using System.Globalization;
using ActionTracker.Core.Audit;
using ActionTracker.Core.Dates;
using ActionTracker.Core.Items;
using ActionTracker.Core.Views;

namespace ActionTracker.Core.Execution;

/// <summary>Renders items the same way in every reply: id, title, owner, absolute due date, priority, status, goal.</summary>
internal static class ItemPresenter
{
    public static string Line(ActionItem item, string viewerTimeZoneId, DateTimeOffset now)
    {
        var parts = new List<string> { $"{item.Number} {item.Title}" };
        parts.Add(item.Owner is null ? "no owner" : item.Owner.DisplayName);
        parts.Add(item.Due is null ? "no due date" : "due " + DueDates.Describe(item.Due, viewerTimeZoneId) + (IsOverdue(item, now) ? " (overdue)" : string.Empty));
        parts.Add(PriorityName(item.Priority));
        parts.Add(StatusName(item.Status));
        if (item.GoalId is not null)
        {
            parts.Add(item.GoalId);
        }

        return string.Join(" · ", parts);
    }

    public static ItemCardView Card(ActionItem item, string viewerTimeZoneId, DateTimeOffset now, ItemAccess access, IReadOnlyList<AuditEntry>? history = null) =>
        Card(item, viewerTimeZoneId, now, access.IsOwner(item), access.CanChange(item), history);

    /// <summary>The card for a viewer whose rights are already known (e.g. the owner, in a reminder).</summary>
    public static ItemCardView Card(ActionItem item, string viewerTimeZoneId, DateTimeOffset now, bool viewerIsOwner, bool viewerCanChange, IReadOnlyList<AuditEntry>? history = null) => new()
    {
        Number = item.Number,
        Title = item.Title,
        OwnerName = item.Owner?.DisplayName,
        OwnerId = item.Owner?.Id,
        Due = item.Due is null ? null : DueDates.Describe(item.Due, viewerTimeZoneId),
        Priority = item.Priority,
        Status = item.Status,
        IsOverdue = IsOverdue(item, now),
        GoalId = item.MilestoneId ?? item.GoalId,
        Context = item.Context,
        Notes = item.Notes,
        StatusReason = item.StatusReason,
        Watchers = item.Watchers.Select(w => w.DisplayName).ToList(),
        Revision = item.Revision,
        History = history?.Select(h => HistoryLine(h, viewerTimeZoneId)).ToList() ?? [],
        Actions = Actions(item, viewerIsOwner, viewerCanChange),
    };

    public static ItemSummary Summary(ActionItem item, string viewerTimeZoneId, DateTimeOffset now) => new(
        item.Number,
        item.Title,
        item.Owner?.DisplayName,
        item.Due is null ? null : DueDates.Format(item.Due, viewerTimeZoneId),
        item.Priority,
        item.Status,
        IsOverdue(item, now));

    public static bool IsOverdue(ActionItem item, DateTimeOffset now) =>
        item.Due is not null && !item.Status.IsClosed() && item.Due.Utc < now;

    public static string PriorityName(Priority priority) => priority switch
    {
        Priority.Urgent => "Urgent (p1)",
        Priority.High => "High (p2)",
        Priority.Low => "Low (p4)",
        _ => "Normal (p3)",
    };

    public static string StatusName(ItemStatus status) => status switch
    {
        ItemStatus.Proposed => "Proposed (waiting for the owner to accept)",
        ItemStatus.InProgress => "In progress",
        _ => status.ToString(),
    };

    public static IReadOnlyList<ViewAction> Actions(ActionItem item, bool viewerIsOwner, bool viewerCanChange)
    {
        string id = item.Number.ToString();
        var actions = new List<ViewAction>();
        if (item.Status == ItemStatus.Proposed && viewerIsOwner)
        {
            actions.Add(new ViewAction(ViewActionKind.Accept, "Accept", $"accept {id}", item.Number, item.Revision));
            actions.Add(new ViewAction(ViewActionKind.Decline, "Decline", $"decline {id}", item.Number, item.Revision));
            actions.Add(new ViewAction(ViewActionKind.ProposeDate, "Propose a date", $"propose {id} ", item.Number, item.Revision));
            return actions;
        }

        if (!viewerCanChange)
        {
            return actions;
        }

        if (item.Status.IsClosed())
        {
            actions.Add(new ViewAction(ViewActionKind.Reopen, "Reopen", $"reopen {id}", item.Number, item.Revision));
            return actions;
        }

        actions.Add(new ViewAction(ViewActionKind.Done, "Done", $"done {id}", item.Number, item.Revision));
        if (item.Status != ItemStatus.InProgress)
        {
            actions.Add(new ViewAction(ViewActionKind.Start, "Start", $"start {id}", item.Number, item.Revision));
        }

        actions.Add(new ViewAction(ViewActionKind.Snooze, "Snooze 1 day", $"snooze {id} 1d", item.Number, item.Revision));
        actions.Add(new ViewAction(ViewActionKind.NewDate, "New date", $"due {id} ", item.Number, item.Revision));
        actions.Add(new ViewAction(ViewActionKind.Reassign, "Reassign", $"assign {id} ", item.Number, item.Revision));
        actions.Add(new ViewAction(ViewActionKind.Edit, "Edit", $"edit {id} title ", item.Number, item.Revision));
        return actions;
    }

    private static string HistoryLine(AuditEntry entry, string viewerTimeZoneId)
    {
        string when = ZonedTime.ToLocal(entry.At, viewerTimeZoneId).ToString("ddd d MMM yyyy HH:mm", CultureInfo.InvariantCulture);
        string change = entry.Change.Field == ActionItemDiff.CreatedField
            ? "created it"
            : $"changed {entry.Change.Field}: {entry.Change.OldValue ?? "–"} → {entry.Change.NewValue ?? "–"}";
        return $"{when} {entry.Actor.DisplayName} {change}";
    }
}
