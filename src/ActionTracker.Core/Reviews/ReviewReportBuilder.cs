using ActionTracker.Core.Dates;
using ActionTracker.Core.Items;
using ActionTracker.Core.People;

namespace ActionTracker.Core.Reviews;

/// <summary>
/// Computes a review from a person's items (pure). "Late" compares the completion instant with the deadline;
/// days late are counted in the owner's calendar days; the previous period has the same length and ends where
/// this one starts.
/// </summary>
public static class ReviewReportBuilder
{
    public static ReviewReport Build(PersonRef person, IReadOnlyList<ActionItem> items, DateOnly from, DateOnly to, string timeZoneId, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(items);
        DateTimeOffset start = ZonedTime.ToUtc(from, TimeOnly.MinValue, timeZoneId);
        DateTimeOffset end = ZonedTime.ToUtc(to.AddDays(1), TimeOnly.MinValue, timeZoneId);
        List<ActionItem> mine = items.Where(i => i.Owner?.Id == person.Id).ToList();
        List<ActionItem> completed = mine.Where(i => i.Status == ItemStatus.Done && i.CompletedAt >= start && i.CompletedAt < end).ToList();
        List<ActionItem> late = completed.Where(i => i.Due is not null && i.CompletedAt > i.Due.Utc).ToList();
        List<ActionItem> onTime = completed.Except(late).ToList();
        DateTimeOffset cutoff = now < end ? now : end;
        List<ActionItem> missed = mine.Where(i => !i.Status.IsClosed() && i.Due is not null && i.Due.Utc >= start && i.Due.Utc < cutoff).ToList();
        List<double> daysLate = late
            .Select(i => (double)(ZonedTime.ToLocal(i.CompletedAt!.Value, i.Due!.TimeZoneId).Date - ZonedTime.ToLocal(i.Due.Utc, i.Due.TimeZoneId).Date).Days)
            .Order()
            .ToList();
        int length = to.DayNumber - from.DayNumber + 1;
        DateOnly previousFrom = from.AddDays(-length);
        DateTimeOffset previousStart = ZonedTime.ToUtc(previousFrom, TimeOnly.MinValue, timeZoneId);
        // An item created from a review belongs to the review whose period it names; others to the period they were created in.
        List<ActionItem> development = mine
            .Where(i => i.Kind == ItemKind.Development
                && (i.ReviewPeriod is { } agreedIn ? agreedIn.To >= previousFrom && agreedIn.To < from : i.CreatedAt >= previousStart && i.CreatedAt < start))
            .ToList();
        List<ActionItem> discuss = mine
            .Where(i => !i.Status.IsClosed() && ((i.Due is not null && i.Due.Utc < now) || i.Status == ItemStatus.Blocked || i.Kind == ItemKind.Development))
            .OrderBy(i => i.Due?.Utc ?? DateTimeOffset.MaxValue)
            .ToList();

        return new ReviewReport
        {
            Person = person,
            From = from,
            To = to,
            CompletedOnTime = onTime,
            CompletedLate = late,
            Missed = missed,
            CompletedByGoal = completed.GroupBy(i => i.GoalId ?? "no goal").ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal),
            CompletionRate = completed.Count + missed.Count == 0 ? null : (double)completed.Count / (completed.Count + missed.Count),
            MedianDaysLate = daysLate.Count == 0 ? null : daysLate.Count % 2 == 1 ? daysLate[daysLate.Count / 2] : (daysLate[(daysLate.Count / 2) - 1] + daysLate[daysLate.Count / 2]) / 2,
            PreviousFrom = previousFrom,
            PreviousDevelopmentItems = development,
            ToDiscuss = discuss,
        };
    }
}
