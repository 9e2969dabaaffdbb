using System.Globalization;
using System.Text;

namespace ActionTracker.TestSupport.ScaleOut;

/// <summary>
/// The checks of the scale-out run: no acknowledged add lost, no item stored twice, every expected reminder delivered
/// exactly once (a second copy counts only as a declared repeat when an instance reported that recipient), and each
/// path's p99 within its target with no failures outside the kill window.
/// </summary>
public sealed class ScaleOutVerdict
{
    private ScaleOutVerdict(ScaleOutObservations observations)
    {
        Observations = observations;
        var stored = observations.StoredItems.GroupBy(t => t, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var queued = observations.QueuedAdds.ToHashSet(StringComparer.Ordinal);
        List<string> unstored = observations.AcknowledgedAdds.Where(t => !stored.ContainsKey(t)).Order(StringComparer.Ordinal).ToList();
        List<string> unstoredQueued = unstored.Where(queued.Contains).ToList();
        AwaitingRedelivery = unstoredQueued.Count <= observations.QueueMessagesLeft ? unstoredQueued : [];
        LostAdds = unstored.Except(AwaitingRedelivery, StringComparer.Ordinal).ToList();
        DuplicatedItems = stored.Where(s => s.Value > 1).Select(s => s.Key).Order(StringComparer.Ordinal).ToList();
        var acknowledged = observations.AcknowledgedAdds.ToHashSet(StringComparer.Ordinal);
        StoredUnacknowledged = stored.Keys.Where(t => !acknowledged.Contains(t)).Order(StringComparer.Ordinal).ToList();

        var deliveries = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (ReminderDelivery delivery in observations.Reminders)
        {
            foreach (string item in delivery.Items.Distinct(StringComparer.Ordinal))
            {
                if (!deliveries.TryGetValue(item, out List<string>? recipients))
                {
                    deliveries[item] = recipients = [];
                }

                recipients.Add(delivery.Recipient);
            }
        }

        var expected = observations.ExpectedReminders.ToHashSet(StringComparer.Ordinal);
        var declared = observations.DeclaredRepeatRecipients.ToHashSet(StringComparer.Ordinal);
        RemindersDelivered = deliveries.Count(d => expected.Contains(d.Key));
        // An add still waiting in the queue has no item yet, so no reminder either.
        MissingReminders = expected.Where(t => !deliveries.ContainsKey(t) && !AwaitingRedelivery.Contains(t)).Order(StringComparer.Ordinal).ToList();
        // An add that timed out at the client may still have been stored, due today: its reminder is legitimate.
        UnexpectedReminders = deliveries.Keys.Where(t => !expected.Contains(t) && !StoredUnacknowledged.Contains(t)).Order(StringComparer.Ordinal).ToList();
        var repeated = deliveries.Where(d => d.Value.Count > 1).ToList();
        DeclaredRepeats = repeated.Where(d => d.Value.Count == 2 && d.Value.All(declared.Contains)).Select(d => d.Key).Order(StringComparer.Ordinal).ToList();
        DuplicatedReminders = repeated.Select(d => d.Key).Except(DeclaredRepeats, StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        SlowPaths = observations.Paths.Where(p => p.TargetP99Ms is { } target && !(p.P99Ms <= target)).Select(p => p.Path).ToList();
        FailingPaths = observations.Paths.Where(p => p.Failures > 0 || p.Requests == 0).Select(p => p.Path).ToList();
    }

    public ScaleOutObservations Observations { get; }

    public IReadOnlyList<string> LostAdds { get; }

    public IReadOnlyList<string> DuplicatedItems { get; }

    /// <summary>Acknowledged by queueing, not stored yet, and the queue still holds them: redelivered after the invisibility timeout.</summary>
    public IReadOnlyList<string> AwaitingRedelivery { get; }

    /// <summary>Stored, but the request timed out or failed: not a loss (the client was never told it worked).</summary>
    public IReadOnlyList<string> StoredUnacknowledged { get; }

    public int RemindersDelivered { get; }

    public IReadOnlyList<string> MissingReminders { get; }

    public IReadOnlyList<string> UnexpectedReminders { get; }

    public IReadOnlyList<string> DuplicatedReminders { get; }

    /// <summary>Sent twice to a recipient an instance reported as a possible repeat: the declared at-least-once gap.</summary>
    public IReadOnlyList<string> DeclaredRepeats { get; }

    public IReadOnlyList<string> SlowPaths { get; }

    public IReadOnlyList<string> FailingPaths { get; }

    public bool ItemsHold => LostAdds.Count == 0 && DuplicatedItems.Count == 0;

    public bool RemindersHold => MissingReminders.Count == 0 && UnexpectedReminders.Count == 0 && DuplicatedReminders.Count == 0;

    public bool LatencyHolds => SlowPaths.Count == 0 && FailingPaths.Count == 0;

    public bool Passed => ItemsHold && RemindersHold && LatencyHolds;

    public static ScaleOutVerdict Judge(ScaleOutObservations observations)
    {
        ArgumentNullException.ThrowIfNull(observations);
        return new ScaleOutVerdict(observations);
    }

    /// <summary>The result table, one line per path and per check.</summary>
    public string Report()
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"{"path",-14} {"requests",9} {"failed",7} {"kill-window",12} {"p50 ms",8} {"p99 ms",8} {"target",8}  ok");
        foreach (PathLatency path in Observations.Paths)
        {
            string target = path.TargetP99Ms is { } t ? t.ToString("F0", CultureInfo.InvariantCulture) : "-";
            string ok = SlowPaths.Contains(path.Path) || FailingPaths.Contains(path.Path) ? "NO" : "yes";
            text.AppendLine(CultureInfo.InvariantCulture, $"{path.Path,-14} {path.Requests,9} {path.Failures,7} {path.KillWindowFailures,12} {path.P50Ms,8:F1} {path.P99Ms,8:F1} {target,8}  {ok}");
        }

        text.AppendLine();
        Line(text, "adds acknowledged", Observations.AcknowledgedAdds.Count.ToString(CultureInfo.InvariantCulture), true);
        Line(text, "items stored", Observations.StoredItems.Count.ToString(CultureInfo.InvariantCulture), true);
        Line(text, "acknowledged adds lost", Count(LostAdds), LostAdds.Count == 0);
        Line(text, "queued adds awaiting redelivery", Count(AwaitingRedelivery) + " (queue holds " + Observations.QueueMessagesLeft.ToString(CultureInfo.InvariantCulture) + ")", true);
        Line(text, "items stored twice", Count(DuplicatedItems), DuplicatedItems.Count == 0);
        Line(text, "stored, not acknowledged", Count(StoredUnacknowledged), true);
        Line(text, "reminders expected", Observations.ExpectedReminders.Count.ToString(CultureInfo.InvariantCulture), true);
        Line(text, "reminders delivered", RemindersDelivered.ToString(CultureInfo.InvariantCulture) + " in " + Observations.Reminders.Count.ToString(CultureInfo.InvariantCulture) + " DMs", true);
        Line(text, "reminders missing", Count(MissingReminders), MissingReminders.Count == 0);
        Line(text, "reminders unexpected", Count(UnexpectedReminders), UnexpectedReminders.Count == 0);
        Line(text, "reminders duplicated", Count(DuplicatedReminders), DuplicatedReminders.Count == 0);
        Line(text, "declared repeats (crash after send)", Count(DeclaredRepeats), true);
        text.AppendLine(Passed ? "PASSED" : "FAILED");
        return text.ToString();
    }

    private static string Count(IReadOnlyList<string> titles) =>
        titles.Count == 0 ? "0" : titles.Count.ToString(CultureInfo.InvariantCulture) + " (" + string.Join(", ", titles.Take(5)) + (titles.Count > 5 ? ", …" : string.Empty) + ")";

    private static void Line(StringBuilder text, string name, string value, bool ok) =>
        text.AppendLine(CultureInfo.InvariantCulture, $"{name,-38} {value,-30} {(ok ? "ok" : "NO")}");
}
