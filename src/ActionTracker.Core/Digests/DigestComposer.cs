using ActionTracker.Core.Decisions;
using ActionTracker.Core.Items;
using ActionTracker.Core.Ports;
using ActionTracker.Core.Settings;
using ActionTracker.Core.Views;

namespace ActionTracker.Core.Digests;

/// <summary>Reads what a team's digest needs (its open items, those completed since, its decisions, who cannot be reached) and builds it.</summary>
public static class DigestComposer
{
    public static async Task<DigestView> ComposeAsync(
        TeamSettings team,
        DateTimeOffset since,
        DateTimeOffset now,
        IActionItemStore itemStore,
        IDecisionStore decisionStore,
        IDeliveryStatusStore? deliveries,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(team);
        ArgumentNullException.ThrowIfNull(itemStore);
        ArgumentNullException.ThrowIfNull(decisionStore);
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
                ResultPage<ActionItem> page = await itemStore.ListAsync(team.Tenant, filter, token, 1000, cancellationToken);
                items.AddRange(page.Items);
                token = page.ContinuationToken;
            }
            while (token is not null);
        }

        ResultPage<Decision> decisions = await decisionStore.ListAsync(team.Tenant, since, null, 100, cancellationToken);
        List<Decision> teamDecisions = decisions.Items.Where(d => d.ConversationId == team.ConversationId).ToList();
        IReadOnlyList<DeliveryFailure> unreachable = deliveries is null ? [] : await deliveries.ListUnreachableAsync(team.Tenant, cancellationToken);
        return DigestBuilder.Build("Team", items, teamDecisions, since, now, team.TimeZoneId, unreachable);
    }
}
