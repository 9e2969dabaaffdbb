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
/// latest due occurrence is posted (a restart after downtime posts once), claimed two-phase like reminders so several
/// instances post it once.
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

    public DigestSweep(ITeamSettingsStore settings, IActionItemStore items, IDecisionStore decisions, IIdempotencyStore claims, IConversationPoster poster)
    {
        _settings = settings;
        _items = items;
        _decisions = decisions;
        _claims = claims;
        _poster = poster;
    }

    public async Task<IReadOnlyList<ReminderMessage>> RunOnceAsync(DateTimeOffset now, bool dryRun, CancellationToken cancellationToken)
    {
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

            IdempotencyClaim claim = await _claims.TryClaimAsync(team.Tenant, key, ClaimStaleAfter, cancellationToken);
            if (claim.State != ClaimState.Claimed)
            {
                continue;
            }

            try
            {
                DigestView digest = await BuildAsync(team, occurrence, now, cancellationToken);
                var message = new CommandResult { Text = digest.Title + "\n" + digest.Summary, Views = [digest], Visibility = ResponseVisibility.Conversation };
                await _poster.PostAsync(team.Tenant, team.LeadershipConversationId!, message, cancellationToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                await _claims.ReleaseAsync(claim, cancellationToken);
                throw;
            }

            await _claims.CompleteAsync(claim, cancellationToken);
            posted.Add(new ReminderMessage("digest", team.Tenant, new People.PersonRef(team.LeadershipConversationId!, team.LeadershipConversationId!), [], now, [key]));
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

    private async Task<DigestView> BuildAsync(TeamSettings team, DateTimeOffset occurrence, DateTimeOffset now, CancellationToken cancellationToken)
    {
        DateTimeOffset since = occurrence - TimeSpan.FromDays(7);
        var items = new List<ActionItem>();
        foreach (ItemListFilter filter in new[]
        {
            new ItemListFilter { OpenOnly = true, ConversationId = team.ConversationId },
            new ItemListFilter { Status = ItemStatus.Done, CompletedSince = since, ConversationId = team.ConversationId },
        })
        {
            string? token = null;
            do
            {
                ResultPage<ActionItem> page = await _items.ListAsync(team.Tenant, filter, token, 1000, cancellationToken);
                items.AddRange(page.Items);
                token = page.ContinuationToken;
            }
            while (token is not null);
        }

        ResultPage<Decision> decisions = await _decisions.ListAsync(team.Tenant, since, null, 100, cancellationToken);
        List<Decision> teamDecisions = decisions.Items.Where(d => d.ConversationId == team.ConversationId).ToList();
        return DigestBuilder.Build("Team", items, teamDecisions, since, now, team.TimeZoneId);
    }
}
