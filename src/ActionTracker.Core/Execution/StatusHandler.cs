using ActionTracker.Core.Commands;
using ActionTracker.Core.Items;

namespace ActionTracker.Core.Execution;

/// <summary><c>done</c>, <c>start</c>, <c>block</c>, <c>reopen</c>, <c>cancel</c>.</summary>
internal static class StatusHandler
{
    public static Task<CommandResult> DoneAsync(DoneCommand command, CommandContext context, RequesterProfile requester, ItemAccess access, ExecutionServices services, CancellationToken cancellationToken)
    {
        DateTimeOffset now = services.Time.GetUtcNow();
        return ChangeRunner.RunAsync(command.Numbers, "Done:", context, requester, access, services, item => item.Status switch
        {
            ItemStatus.Done => ItemChange.None($"{item.Number} is already done."),
            ItemStatus.Cancelled => ItemChange.Refuse($"{item.Number} was cancelled; reopen it first if it is back on."),
            _ => ItemChange.To(item with
            {
                Status = ItemStatus.Done,
                StatusReason = null,
                Notes = command.Note is null ? item.Notes : NoteText.Append(item.Notes, command.Note, requester, now),
            }),
        }, cancellationToken);
    }

    public static Task<CommandResult> StartAsync(StartCommand command, CommandContext context, RequesterProfile requester, ItemAccess access, ExecutionServices services, CancellationToken cancellationToken) =>
        ChangeRunner.RunAsync(command.Numbers, "In progress:", context, requester, access, services, item => item.Status switch
        {
            ItemStatus.InProgress => ItemChange.None($"{item.Number} is already in progress."),
            ItemStatus.Done or ItemStatus.Cancelled => ItemChange.Refuse($"{item.Number} is {item.Status.ToString().ToLowerInvariant()}; reopen it first."),
            _ => ItemChange.To(item with { Status = ItemStatus.InProgress, StatusReason = null }),
        }, cancellationToken);

    public static Task<CommandResult> BlockAsync(BlockCommand command, CommandContext context, RequesterProfile requester, ItemAccess access, ExecutionServices services, CancellationToken cancellationToken) =>
        ChangeRunner.RunAsync([command.Number], "Blocked:", context, requester, access, services, item => item.Status switch
        {
            ItemStatus.Done or ItemStatus.Cancelled => ItemChange.Refuse($"{item.Number} is {item.Status.ToString().ToLowerInvariant()}; reopen it first."),
            ItemStatus.Blocked when item.StatusReason == command.Reason => ItemChange.None($"{item.Number} is already blocked: {command.Reason}"),
            _ => ItemChange.To(item with { Status = ItemStatus.Blocked, StatusReason = command.Reason }),
        }, cancellationToken);

    public static Task<CommandResult> ReopenAsync(ReopenCommand command, CommandContext context, RequesterProfile requester, ItemAccess access, ExecutionServices services, CancellationToken cancellationToken) =>
        ChangeRunner.RunAsync(command.Numbers, "Reopened:", context, requester, access, services, item => item.Status.IsClosed()
            ? ItemChange.To(item with { Status = ItemStatus.Open, StatusReason = null })
            : ItemChange.None($"{item.Number} is still open."), cancellationToken);

    public static Task<CommandResult> CancelAsync(CancelCommand command, CommandContext context, RequesterProfile requester, ItemAccess access, ExecutionServices services, CancellationToken cancellationToken) =>
        ChangeRunner.RunAsync(command.Numbers, "Cancelled:", context, requester, access, services, item => item.Status switch
        {
            ItemStatus.Cancelled => ItemChange.None($"{item.Number} is already cancelled."),
            ItemStatus.Done => ItemChange.Refuse($"{item.Number} is done; reopen it first if it should be cancelled instead."),
            _ => ItemChange.To(item with { Status = ItemStatus.Cancelled, StatusReason = command.Reason }),
        }, cancellationToken);
}
