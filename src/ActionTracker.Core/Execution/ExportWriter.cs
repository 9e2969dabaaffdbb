using System.Globalization;
using System.Text;
using ActionTracker.Core.Audit;
using ActionTracker.Core.Dates;
using ActionTracker.Core.Decisions;
using ActionTracker.Core.Items;
using ActionTracker.Core.Meetings;

namespace ActionTracker.Core.Execution;

/// <summary>CSV (RFC 4180, formula-safe) and Markdown renderings of items with their history.</summary>
internal static class ExportWriter
{
    private static readonly string[] Columns =
    [
        "id", "title", "owner", "owner_id", "creator", "status", "status_reason", "priority", "kind", "due_utc", "due_time_zone",
        "goal", "milestone", "context", "notes", "meeting", "source", "quote", "created_utc", "updated_utc", "completed_utc",
        "watchers", "recurrence", "review_period", "history",
    ];

    public static string Csv(IReadOnlyList<(ActionItem Item, IReadOnlyList<AuditEntry> History)> rows)
    {
        var csv = new StringBuilder();
        csv.AppendJoin(',', Columns).Append("\r\n");
        foreach ((ActionItem item, IReadOnlyList<AuditEntry> history) in rows)
        {
            string?[] values =
            [
                item.Number.ToString(), item.Title, item.Owner?.DisplayName, item.Owner?.Id, item.Creator.DisplayName, item.Status.ToString(), item.StatusReason,
                item.Priority.ToString(), item.Kind.ToString(), Utc(item.Due?.Utc), item.Due?.TimeZoneId, item.GoalId, item.MilestoneId, item.Context, item.Notes,
                item.MeetingId, item.Source.Kind.ToString(), item.Source.Quote, Utc(item.CreatedAt), Utc(item.UpdatedAt), Utc(item.CompletedAt),
                string.Join("; ", item.Watchers.Select(w => w.DisplayName)), item.Recurrence, item.ReviewPeriod?.ToString(),
                string.Join(" | ", history.Select(HistoryText)),
            ];
            csv.AppendJoin(',', values.Select(Field)).Append("\r\n");
        }

        return csv.ToString();
    }

    public static string Markdown(IReadOnlyList<(ActionItem Item, IReadOnlyList<AuditEntry> History)> rows, string timeZoneId)
    {
        var md = new StringBuilder("# Action items\n");
        foreach ((ActionItem item, IReadOnlyList<AuditEntry> history) in rows)
        {
            md.Append('\n').Append("## ").Append(item.Number.ToString()).Append(' ').Append(Escape(item.Title)).Append('\n').Append('\n');
            md.Append("- Owner: ").Append(Escape(item.Owner?.DisplayName ?? "none")).Append('\n');
            md.Append("- Status: ").Append(item.Status.ToString()).Append(item.StatusReason is null ? string.Empty : " (" + Escape(item.StatusReason) + ")").Append('\n');
            md.Append("- Priority: ").Append(item.Priority.ToString()).Append('\n');
            md.Append("- Due: ").Append(item.Due is null ? "none" : DueDates.Format(item.Due, timeZoneId)).Append('\n');
            if (item.GoalId is not null)
            {
                md.Append("- Goal: ").Append(item.MilestoneId ?? item.GoalId).Append('\n');
            }

            if (item.Kind == ItemKind.Development)
            {
                md.Append("- Development item").Append(item.ReviewPeriod is { } period ? " agreed in the review of " + period : string.Empty).Append('\n');
            }

            if (item.Context is not null)
            {
                md.Append("- Context: ").Append(Escape(item.Context)).Append('\n');
            }

            if (item.Notes is not null)
            {
                md.Append("- Notes: ").Append(Escape(item.Notes).Replace("\n", "; ", StringComparison.Ordinal)).Append('\n');
            }

            md.Append("- History:\n");
            foreach (AuditEntry entry in history)
            {
                md.Append("  - ").Append(Escape(HistoryText(entry))).Append('\n');
            }
        }

        return md.ToString();
    }

    /// <summary>Sections of a tenant's Markdown export after its items: every decision, and every meeting with its draft.</summary>
    public static string TenantRecordsMarkdown(IReadOnlyList<Decision> decisions, IReadOnlyList<MeetingDraft> meetings)
    {
        var md = new StringBuilder("\n# Decisions\n\n");
        foreach (Decision decision in decisions.OrderBy(d => d.Number))
        {
            md.Append("- D").Append(decision.Number.ToString(CultureInfo.InvariantCulture)).Append(' ').Append(Escape(decision.Text))
                .Append(" — ").Append(Utc(decision.DecidedAt)).Append(", ").Append(Escape(decision.RecordedBy.DisplayName))
                .Append(decision.MeetingId is null ? string.Empty : ", " + decision.MeetingId).Append('\n');
        }

        md.Append("\n# Meetings\n");
        foreach (MeetingDraft draft in meetings)
        {
            Meeting meeting = draft.Meeting;
            md.Append('\n').Append("## ").Append(draft.Id).Append(' ').Append(Escape(meeting.Title)).Append('\n').Append('\n');
            md.Append("- Held: ").Append(Utc(meeting.StartedAt)).Append(", status ").Append(meeting.Status.ToString()).Append('\n');
            md.Append("- Organizer: ").Append(Escape(meeting.Organizer?.DisplayName ?? "unknown")).Append('\n');
            md.Append("- Participants: ").Append(Escape(string.Join(", ", meeting.Participants.Select(p => p.DisplayName)))).Append('\n');
            foreach (MeetingDraftItem item in draft.Items)
            {
                md.Append("- Draft item ").Append(item.Index.ToString(CultureInfo.InvariantCulture)).Append(" (").Append(item.State.ToString())
                    .Append(item.SavedAs is { } saved ? ", saved as " + saved : string.Empty).Append("): ").Append(Escape(item.Title))
                    .Append(" — owner ").Append(Escape(item.Owner?.DisplayName ?? item.OwnerName ?? "none"))
                    .Append("; quote: ").Append(Escape(item.Extracted.Quote)).Append('\n');
            }

            foreach (MeetingDraftDecision decision in draft.Decisions)
            {
                md.Append("- Draft decision").Append(decision.SavedAs is { } saved ? " (saved as D" + saved.ToString(CultureInfo.InvariantCulture) + ")" : string.Empty)
                    .Append(": ").Append(Escape(decision.Extracted.Text)).Append("; quote: ").Append(Escape(decision.Extracted.Quote)).Append('\n');
            }
        }

        return md.ToString();
    }

    private static string HistoryText(AuditEntry entry) => entry.Change.Field == ActionItemDiff.CreatedField
        ? $"{Utc(entry.At)} {entry.Actor.DisplayName} created it"
        : $"{Utc(entry.At)} {entry.Actor.DisplayName} changed {entry.Change.Field}: {entry.Change.OldValue ?? "-"} → {entry.Change.NewValue ?? "-"}";

    private static string? Utc(DateTimeOffset? instant) => instant?.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);

    /// <summary>Quotes every field and defuses spreadsheet formulas (a leading = + - @).</summary>
    private static string Field(string? value)
    {
        string text = value ?? string.Empty;
        if (text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            text = "'" + text;
        }

        return "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }

    private static string Escape(string text) => text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal);
}
