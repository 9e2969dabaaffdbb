using ActionTracker.Core.Dates;
using ActionTracker.Core.Decisions;
using ActionTracker.Core.Execution;
using ActionTracker.Core.Items;
using ActionTracker.Core.Ports;
using ActionTracker.Core.Reminders;
using ActionTracker.Core.Settings;
using ActionTracker.Core.Views;
using Cronos;

namespace ActionTracker.Core.Digests;

/// <summary>
/// Posts each team's weekly digest to its leadership channel at the team's schedule (cron, team time zone). Only the
/// latest due occurrence is posted (a restart after downtime posts once), under the same per-bucket lease as reminders
/// and claimed two-phase, so several instances post it once. One team's failing post does not stop the others.
/// </summary>
public sealed class DigestSweep
{
    private static readonly TimeSpan LookBack = TimeSpan.FromDays(8);
    private static readonly TimeSpan ClaimStaleAfter = TimeSpan.FromMinutes(10);

    private readonly ITeamSettingsStore _settings;
    private readonly IActionItemStore _items;
    private readonly IDecisionStore _decisions;
    private readonly IIdempotencyStore _claims;
    private readonly IConversationPoster _poster;
    private readonly ILeaseStore _leases;
    private readonly IDeliveryStatusStore _deliveries;
    private readonly string _holder = "digests-" + Guid.NewGuid().ToString("N");

    public DigestSweep(
        ITeamSettingsStore settings,
        IActionItemStore items,
        IDecisionStore decisions,
        IIdempotencyStore claims,
        IConversationPoster poster,
        ILeaseStore leases,
        IDeliveryStatusStore deliveries)
    {
        _settings = settings;
        _items = items;
        _decisions = decisions;
        _claims = claims;
        _poster = poster;
        _leases = leases;
        _deliveries = deliveries;
    }

    public async Task<IReadOnlyList<ReminderMessage>> RunOnceAsync(DateTimeOffset now, bool dryRun, CancellationToken cancellationToken)
    {
        Lease? lease = dryRun ? null : await _leases.TryAcquireAsync(SweepLease.Name("digests", now), _holder, SweepLease.Duration, cancellationToken);
        if (!dryRun && lease is null)
        {
            SchedulerMetrics.SweepRan("digests", "skipped");
            return [];
        }

        var posted = new List<ReminderMessage>();
        foreach (TeamSettings team in await _settings.ListWithLeadershipAsync(cancellationToken))
        {
            if (LatestOccurrence(team, now) is not { } occurrence)
            {
                continue;
            }

            string key = "digest:" + team.ConversationId + ":" + occurrence.UtcDateTime.ToString("yyyyMMddHHmm", System.Globalization.CultureInfo.InvariantCulture);
            if (dryRun)
            {
                if (!await _claims.IsCompletedAsync(team.Tenant, key, cancellationToken))
                {
                    posted.Add(new ReminderMessage("digest", team.Tenant, new People.PersonRef(team.LeadershipConversationId!, team.LeadershipConversationId!), [], now, [key]));
                }

                continue;
            }

            // Renewing is also the fence: an instance that lost its lease to a takeover stops posting.
            lease = await _leases.RenewAsync(lease!, SweepLease.Duration, cancellationToken);
            if (lease is null)
            {
                SchedulerMetrics.SweepRan("digests", "fenced");
                return posted;
            }

            IdempotencyClaim claim = await _claims.TryClaimAsync(team.Tenant, key, ClaimStaleAfter, cancellationToken);
            if (claim.State != ClaimState.Claimed)
            {
                SchedulerMetrics.DigestDeduplicated(team.Tenant, SchedulerMetrics.SkipReason(claim.State));
                continue;
            }

            try
            {
                DigestView digest = await BuildAsync(team, occurrence, now, cancellationToken);
                var message = new CommandResult { Text = digest.Title + "\n" + digest.Summary, Views = [digest], Visibility = ResponseVisibility.Conversation };
                await _poster.PostAsync(team.Tenant, team.LeadershipConversationId!, message, cancellationToken);
            }
            catch (RecipientUnreachableException)
            {
                // The channel is gone or the app removed: settle this occurrence rather than retry it every tick.
                await _claims.CompleteAsync(claim, cancellationToken);
                SchedulerMetrics.DigestFailed(team.Tenant, permanent: true);
                continue;
            }
            catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                // The next tick retries this team; the other teams still get theirs now.
                await _claims.ReleaseAsync(claim, cancellationToken);
                SchedulerMetrics.DigestFailed(team.Tenant, permanent: false);
                continue;
            }

            await _claims.CompleteAsync(claim, cancellationToken);
            SchedulerMetrics.DigestSent(team.Tenant);
            if (claim.Retaken)
            {
                SchedulerMetrics.DigestDeduplicated(team.Tenant, "possible_repeat");
            }

            posted.Add(new ReminderMessage("digest", team.Tenant, new People.PersonRef(team.LeadershipConversationId!, team.LeadershipConversationId!), [], now, [key], claim.Retaken));
        }

        if (lease is not null)
        {
            await _leases.CompleteAsync(lease, cancellationToken);
            SchedulerMetrics.SweepRan("digests", "ran");
        }

        return posted;
    }

    /// <summary>The most recent scheduled time at or before <paramref name="now"/> within the look-back, if any.</summary>
    public static DateTimeOffset? LatestOccurrence(TeamSettings team, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(team);
        if (!CronExpression.TryParse(team.DigestSchedule, CronFormat.Standard, out CronExpression? cron))
        {
            return null;
        }

        TimeZoneInfo zone = ZonedTime.IsValidZone(team.TimeZoneId) ? TimeZoneInfo.FindSystemTimeZoneById(team.TimeZoneId) : TimeZoneInfo.Utc;
        DateTimeOffset? latest = null;
        foreach (DateTimeOffset occurrence in cron.GetOccurrences(now - LookBack, now, zone, fromInclusive: true, toInclusive: true))
        {
            latest = occurrence;
        }

        return latest;
    }

    private Task<DigestView> BuildAsync(TeamSettings team, DateTimeOffset occurrence, DateTimeOffset now, CancellationToken cancellationToken) =>
        DigestComposer.ComposeAsync(team, occurrence - TimeSpan.FromDays(7), now, _items, _decisions, _deliveries, cancellationToken);
}
