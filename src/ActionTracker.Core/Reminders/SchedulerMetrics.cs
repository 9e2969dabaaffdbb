using System.Diagnostics.Metrics;
using ActionTracker.Core.Tenancy;

namespace ActionTracker.Core.Reminders;

/// <summary>
/// What the scheduled sweeps do, exported when telemetry is on: sweep runs, and reminder DMs (escalations are the
/// <c>kind</c> <c>escalation</c>) and digests sent, failed and deduplicated. Deduplicated counts a rung or digest a
/// sweep skipped because its claim was already completed or held elsewhere, and the declared gap: a claim retaken
/// after a crash whose DM is sent again flagged as a possible repeat.
/// </summary>
public static class SchedulerMetrics
{
    public const string MeterName = "ActionTracker.Scheduler";

    private static readonly Meter Meter = new(MeterName);

    private static readonly Counter<long> Sweeps = Meter.CreateCounter<long>(
        "actiontracker.sweeps", description: "Sweep ticks, by sweep (reminders, digests, retention) and outcome (ran, skipped: another instance holds or finished the bucket, fenced: the lease was lost)");

    private static readonly Counter<long> RemindersSent = Meter.CreateCounter<long>(
        "actiontracker.reminders.sent", unit: "{message}", description: "Reminder and escalation DMs sent, by channel and kind");

    private static readonly Counter<long> RemindersFailed = Meter.CreateCounter<long>(
        "actiontracker.reminders.failed", unit: "{message}", description: "Reminder and escalation DMs not sent, by channel, kind and reason (transient, unreachable)");

    private static readonly Counter<long> RemindersDeduplicated = Meter.CreateCounter<long>(
        "actiontracker.reminders.deduplicated", unit: "{rung}", description: "Reminder rungs skipped or flagged as repeats, by channel, kind and reason (already_sent, in_progress, possible_repeat)");

    private static readonly Counter<long> DigestsSent = Meter.CreateCounter<long>(
        "actiontracker.digests.sent", unit: "{digest}", description: "Weekly digests posted, by channel");

    private static readonly Counter<long> DigestsFailed = Meter.CreateCounter<long>(
        "actiontracker.digests.failed", unit: "{digest}", description: "Weekly digests not posted, by channel and reason (transient, unreachable)");

    private static readonly Counter<long> DigestsDeduplicated = Meter.CreateCounter<long>(
        "actiontracker.digests.deduplicated", unit: "{digest}", description: "Weekly digests skipped or flagged as repeats, by channel and reason (already_sent, in_progress, possible_repeat)");

    internal static void SweepRan(string sweep, string outcome) =>
        Sweeps.Add(1, new("sweep", sweep), new("outcome", outcome));

    internal static void ReminderSent(TenantKey tenant, string kind) =>
        RemindersSent.Add(1, new("channel", Channel(tenant)), new("kind", kind));

    internal static void ReminderFailed(TenantKey tenant, string kind, bool permanent) =>
        RemindersFailed.Add(1, new("channel", Channel(tenant)), new("kind", kind), new("reason", permanent ? "unreachable" : "transient"));

    internal static void ReminderDeduplicated(TenantKey tenant, string kind, string reason, int rungs = 1) =>
        RemindersDeduplicated.Add(rungs, new("channel", Channel(tenant)), new("kind", kind), new("reason", reason));

    internal static void DigestSent(TenantKey tenant) =>
        DigestsSent.Add(1, new KeyValuePair<string, object?>("channel", Channel(tenant)));

    internal static void DigestFailed(TenantKey tenant, bool permanent) =>
        DigestsFailed.Add(1, new("channel", Channel(tenant)), new("reason", permanent ? "unreachable" : "transient"));

    internal static void DigestDeduplicated(TenantKey tenant, string reason) =>
        DigestsDeduplicated.Add(1, new("channel", Channel(tenant)), new("reason", reason));

    /// <summary>The reason tag of a claim that was not taken.</summary>
    internal static string SkipReason(Ports.ClaimState state) => state == Ports.ClaimState.AlreadyCompleted ? "already_sent" : "in_progress";

    /// <summary>The tenant key's platform; never the tenant itself (unbounded, and it names a customer).</summary>
    internal static string Channel(TenantKey tenant) =>
        tenant.Value.StartsWith("teams:", StringComparison.Ordinal) ? "teams" : tenant.Value.StartsWith("slack:", StringComparison.Ordinal) ? "slack" : "other";
}
