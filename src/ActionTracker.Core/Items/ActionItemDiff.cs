using System.Globalization;
using ActionTracker.Core.Audit;
using ActionTracker.Core.People;

namespace ActionTracker.Core.Items;

/// <summary>Turns two versions of an item into the field changes the audit trail records.</summary>
public static class ActionItemDiff
{
    /// <summary>The field name recorded when an item is created.</summary>
    public const string CreatedField = "created";

    public static IReadOnlyList<FieldChange> Compute(ActionItem before, ActionItem after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);

        var changes = new List<FieldChange>();
        Add(changes, "title", before.Title, after.Title);
        Add(changes, "owner", Person(before.Owner), Person(after.Owner));
        Add(changes, "watchers", People(before.Watchers), People(after.Watchers));
        Add(changes, "status", before.Status.ToString(), after.Status.ToString());
        Add(changes, "statusReason", before.StatusReason, after.StatusReason);
        Add(changes, "priority", before.Priority.ToString(), after.Priority.ToString());
        Add(changes, "kind", before.Kind.ToString(), after.Kind.ToString());
        Add(changes, "due", Due(before.Due), Due(after.Due));
        Add(changes, "context", before.Context, after.Context);
        Add(changes, "notes", before.Notes, after.Notes);
        Add(changes, "goal", before.GoalId, after.GoalId);
        Add(changes, "milestone", before.MilestoneId, after.MilestoneId);
        Add(changes, "meeting", before.MeetingId, after.MeetingId);
        Add(changes, "recurrence", before.Recurrence, after.Recurrence);
        Add(changes, "reviewPeriod", before.ReviewPeriod?.ToString(), after.ReviewPeriod?.ToString());
        return changes;
    }

    public static string? Due(DueDate? due) =>
        due is null
            ? null
            : string.Create(CultureInfo.InvariantCulture, $"{due.Utc.UtcDateTime:yyyy-MM-ddTHH:mm:ssZ} {due.TimeZoneId}{(due.HasTime ? string.Empty : " (date)")}");

    private static string? Person(PersonRef? person) => person is null ? null : $"{person.DisplayName} ({person.Id})";

    private static string? People(IReadOnlyList<PersonRef> people) =>
        people.Count == 0 ? null : string.Join(", ", people.Select(p => p.Id));

    private static void Add(List<FieldChange> changes, string field, string? before, string? after)
    {
        if (!string.Equals(before, after, StringComparison.Ordinal))
        {
            changes.Add(new FieldChange(field, before, after));
        }
    }
}
