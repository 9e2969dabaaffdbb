using ActionTracker.Core.Audit;
using ActionTracker.Core.Commands;
using ActionTracker.Core.Items;

namespace ActionTracker.Core.Execution;

/// <summary><c>show #42</c>: the card with its full history.</summary>
internal static class ShowHandler
{
    public static async Task<CommandResult> ExecuteAsync(ShowCommand command, CommandContext context, RequesterProfile requester, ItemAccess access, ExecutionServices services, CancellationToken cancellationToken)
    {
        ActionItem? item = await services.Items.GetAsync(context.Tenant, command.Number, cancellationToken);
        if (item is null || !await access.CanSeeAsync(item, cancellationToken))
        {
            return CommandResult.Error(ItemUpdater.NotFound(command.Number));
        }

        IReadOnlyList<AuditEntry> history = await services.Items.GetHistoryAsync(context.Tenant, item.Number, cancellationToken);
        DateTimeOffset now = services.Time.GetUtcNow();
        return new CommandResult
        {
            Text = ItemPresenter.Line(item, requester.TimeZoneId, now),
            Views = [ItemPresenter.Card(item, requester.TimeZoneId, now, access, history)],
        };
    }
}
