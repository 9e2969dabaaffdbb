using System.Globalization;
using ActionTracker.Core.Dates;
using ActionTracker.Core.Decisions;
using ActionTracker.Core.Execution;
using ActionTracker.Core.Items;
using ActionTracker.Core.Views;

namespace ActionTracker.Core.Digests;

/// <summary>
/// Builds the roll-up of one meeting's items for the start of the next meeting (pure): completed, in progress, needs
/// attention (with the digest's reasons) and the meeting's decisions. It reuses <see cref="DigestView"/> so both
/// channels render it with the digest's card and blocks.
/// </summary>
public static class MeetingRollupBuilder
{
    /// <param name="meetingId">"M3".</param>
    /// <param name="meetingTitle">The meeting's title when it is known.</param>
    public static DigestView Build(
        string meetingId,
        string? meetingTitle,
        IReadOnlyList<ActionItem> items,
        IReadOnlyList<Decision> decisions,
        DateTimeOffset now,
        string timeZoneId)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(decisions);
        List<ActionItem> ofMeeting = items.Where(i => i.MeetingId == meetingId && i.Status != ItemStatus.Cancelled).ToList();
        List<ActionItem> completed = ofMeeting.Where(i => i.Status == ItemStatus.Done).OrderBy(i => i.CompletedAt).ThenBy(i => i.Number.Value).ToList();
        List<ActionItem> open = ofMeeting.Where(i => !i.Status.IsClosed()).OrderBy(i => i.Due?.Utc ?? DateTimeOffset.MaxValue).ThenBy(i => i.Number.Value).ToList();
        List<ActionItem> inProgress = open.Where(i => i.Status == ItemStatus.InProgress).ToList();
        var attention = new List<AttentionItem>();
        foreach (ActionItem item in open)
        {
            List<string> reasons = DigestBuilder.Reasons(item, now);
            if (reasons.Count > 0)
            {
                attention.Add(new AttentionItem(ItemPresenter.Summary(item, timeZoneId, now), reasons));
            }
        }

        List<Decision> meetingDecisions = decisions.Where(d => d.MeetingId == meetingId).OrderBy(d => d.DecidedAt).ThenBy(d => d.Number).ToList();
        string title = meetingTitle is null ? $"{meetingId}: roll-up" : $"{meetingId} {meetingTitle}: roll-up";
        string summary = ofMeeting.Count == 0 && meetingDecisions.Count == 0
            ? $"{meetingId} has no action items or decisions yet."
            : string.Create(
                CultureInfo.InvariantCulture,
                $"{completed.Count} completed, {inProgress.Count} in progress, {attention.Count} need attention, {meetingDecisions.Count} decisions (of {ofMeeting.Count} items).");
        return new DigestView
        {
            Title = title,
            Summary = summary,
            Completed = completed.Select(i => ItemPresenter.Summary(i, timeZoneId, now)).ToList(),
            InProgress = inProgress.Select(i => ItemPresenter.Summary(i, timeZoneId, now)).ToList(),
            NeedsAttention = attention,
            Decisions = meetingDecisions.Select(d => new DecisionSummary(
                "D" + d.Number.ToString(CultureInfo.InvariantCulture), d.Text, d.RecordedBy.DisplayName, Day(d.DecidedAt, timeZoneId), d.MeetingId)).ToList(),
            Actions = [new ViewAction(ViewActionKind.More, "All items of " + meetingId, "list meeting " + meetingId)],
        };
    }

    private static string Day(DateTimeOffset instant, string timeZoneId) =>
        ZonedTime.ToLocal(instant, timeZoneId).ToString("ddd d MMM yyyy", CultureInfo.InvariantCulture);
}
