using System.Globalization;
using ActionTracker.Core.Dates;
using ActionTracker.Core.Decisions;
using ActionTracker.Core.Execution;
using ActionTracker.Core.Items;
using ActionTracker.Core.Ports;
using ActionTracker.Core.Views;

namespace ActionTracker.Core.Digests;

/// <summary>
/// Builds a team's digest from its items and decisions (pure). Nothing is silently dropped: items without an owner or a
/// date, overdue, blocked, due within 3 days or untouched for 14 days are listed under "needs attention" with the reasons.
/// </summary>
public static class DigestBuilder
{
    public static readonly TimeSpan StaleAfter = TimeSpan.FromDays(14);
    public static readonly TimeSpan DueSoon = TimeSpan.FromDays(3);

    /// <param name="unreachable">People the scheduler could not DM for good: their open items say so under needs attention.</param>
    public static DigestView Build(
        string teamName,
        IReadOnlyList<ActionItem> items,
        IReadOnlyList<Decision> decisions,
        DateTimeOffset since,
        DateTimeOffset now,
        string timeZoneId,
        IReadOnlyList<DeliveryFailure>? unreachable = null)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(decisions);
        string period = $"{Day(since, timeZoneId)} – {Day(now, timeZoneId)}";
        List<ActionItem> completed = items.Where(i => i.Status == ItemStatus.Done && i.CompletedAt >= since && i.CompletedAt <= now).OrderBy(i => i.CompletedAt).ToList();
        List<ActionItem> open = items.Where(i => !i.Status.IsClosed()).OrderBy(i => i.Due?.Utc ?? DateTimeOffset.MaxValue).ThenBy(i => i.Number.Value).ToList();
        List<ActionItem> inProgress = open.Where(i => i.Status == ItemStatus.InProgress).ToList();
        var attention = new List<AttentionItem>();
        foreach (ActionItem item in open)
        {
            List<string> reasons = Reasons(item, now);
            if (item.Owner is { } owner && unreachable?.FirstOrDefault(u => u.PersonId == owner.Id) is { } failure)
            {
                reasons.Add($"could not reach {owner.DisplayName} by DM ({failure.Reason})");
            }

            if (reasons.Count > 0)
            {
                attention.Add(new AttentionItem(ItemPresenter.Summary(item, timeZoneId, now), reasons));
            }
        }

        List<Decision> recentDecisions = decisions.Where(d => d.DecidedAt >= since && d.DecidedAt <= now).OrderBy(d => d.DecidedAt).ToList();
        bool changed = completed.Count > 0 || recentDecisions.Count > 0 || items.Any(i => i.UpdatedAt >= since || i.CreatedAt >= since);
        List<OwnerCount> owners = items
            .Where(i => i.Status != ItemStatus.Cancelled)
            .GroupBy(i => i.Owner?.DisplayName ?? "No owner")
            .Select(g => new OwnerCount(
                g.Key,
                g.Count(i => !i.Status.IsClosed()),
                g.Count(i => i.Status == ItemStatus.Done && i.CompletedAt >= since),
                g.Count(i => ItemPresenter.IsOverdue(i, now))))
            .Where(o => o.Open + o.Completed > 0)
            .OrderByDescending(o => o.Open)
            .ThenBy(o => o.Owner, StringComparer.Ordinal)
            .ToList();

        string summary = items.Count == 0
            ? "No action items in this team yet. Create one with `/action add`."
            : !changed
                ? $"Quiet week: nothing changed since {Day(since, timeZoneId)}. {open.Count} open, {attention.Count} need attention."
                : $"{completed.Count} completed, {inProgress.Count} in progress, {attention.Count} need attention, {recentDecisions.Count} decisions.";

        return new DigestView
        {
            Title = $"{teamName}: weekly digest ({period})",
            Summary = summary,
            IsQuiet = items.Count == 0 || !changed,
            Completed = completed.Select(i => ItemPresenter.Summary(i, timeZoneId, now)).ToList(),
            InProgress = inProgress.Select(i => ItemPresenter.Summary(i, timeZoneId, now)).ToList(),
            NeedsAttention = attention,
            Decisions = recentDecisions.Select(d => new DecisionSummary(
                "D" + d.Number.ToString(CultureInfo.InvariantCulture), d.Text, d.RecordedBy.DisplayName, Day(d.DecidedAt, timeZoneId), d.MeetingId)).ToList(),
            Owners = owners,
            Actions =
            [
                new ViewAction(ViewActionKind.More, "Overdue", "list team overdue"),
                new ViewAction(ViewActionKind.More, "Blocked", "list team blocked"),
                new ViewAction(ViewActionKind.More, "All open", "list team"),
            ],
        };
    }

    internal static List<string> Reasons(ActionItem item, DateTimeOffset now)
    {
        var reasons = new List<string>();
        if (item.Owner is null)
        {
            reasons.Add("no owner");
        }

        if (item.Due is null)
        {
            reasons.Add("no due date");
        }
        else if (item.Due.Utc < now)
        {
            reasons.Add("overdue");
        }
        else if (item.Due.Utc - now <= DueSoon)
        {
            reasons.Add("due within 3 days");
        }

        if (item.Status == ItemStatus.Blocked)
        {
            reasons.Add(item.StatusReason is null ? "blocked" : "blocked: " + item.StatusReason);
        }

        if (item.Status == ItemStatus.Proposed)
        {
            reasons.Add("not accepted yet");
        }

        if (now - item.UpdatedAt >= StaleAfter)
        {
            reasons.Add("no update in 14 days");
        }

        return reasons;
    }

    private static string Day(DateTimeOffset instant, string timeZoneId) =>
        ZonedTime.ToLocal(instant, timeZoneId).ToString("ddd d MMM yyyy", CultureInfo.InvariantCulture);
}
