using ActionTracker.Core.Items;
using ActionTracker.Core.Ports;

namespace ActionTracker.Core.Execution;

/// <summary>
/// Read → check → change → conditional write, re-reading and re-applying on a conflict, so two people pressing Done at
/// once end with one change (the second sees "already done"), never a lost update.
/// </summary>
internal static class ItemUpdater
{
    private const int MaxAttempts = 3;

    public static string NotFound(ItemNumber number) => $"There is no item {number} that you can see here.";

    public static async Task<UpdateOutcome> ApplyAsync(
        ItemNumber number,
        CommandContext context,
        ItemAccess access,
        ExecutionServices services,
        Func<ActionItem, ItemChange> change,
        bool ownerOnly,
        CancellationToken cancellationToken)
    {
        for (int attempt = 1; attempt <= MaxAttempts; attempt++)
        {
            ActionItem? item = await services.Items.GetAsync(context.Tenant, number, cancellationToken);
            if (item is null || !await access.CanSeeAsync(item, cancellationToken))
            {
                return new UpdateOutcome(null, null, NotFound(number), null);
            }

            if (ownerOnly ? !access.IsOwner(item) : !access.CanChange(item))
            {
                string refusal = ownerOnly
                    ? $"Only {item.Owner?.DisplayName ?? "the proposed owner"} can answer for {number}."
                    : ItemAccess.WhoCanChange(item);
                return new UpdateOutcome(null, item, refusal, null);
            }

            ItemChange decided = change(item);
            if (decided.Refusal is not null)
            {
                return new UpdateOutcome(null, item, decided.Refusal, null);
            }

            if (decided.Updated is null)
            {
                return new UpdateOutcome(item, item, null, decided.NothingToDo);
            }

            StoreResult<ActionItem> written = await services.Items.UpdateAsync(item, decided.Updated, context.Requester, cancellationToken);
            switch (written.Outcome)
            {
                case StoreOutcome.Ok:
                    await TodoSyncTrigger.AfterChangeAsync(item, written.Value!, services, cancellationToken);
                    return new UpdateOutcome(written.Value, item, null, null);
                case StoreOutcome.Conflict:
                    continue;
                case StoreOutcome.NotFound:
                    return new UpdateOutcome(null, item, NotFound(number), null);
                default:
                    return new UpdateOutcome(null, item, written.Message, null);
            }
        }

        return new UpdateOutcome(null, null, $"{number} is being changed by several people at once; nothing was changed. Try again.", null);
    }
}
