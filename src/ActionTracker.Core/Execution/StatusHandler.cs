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
        }, cancellationToken, afterChange: outcome => NextOccurrenceAsync(outcome.Item!, requester, services, now, cancellationToken));
    }

    /// <summary>A repeating item that was just done gets its next occurrence (once: only the change that completed it runs this).</summary>
    private static async Task<string?> NextOccurrenceAsync(ActionItem done, RequesterProfile requester, ExecutionServices services, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (done.Recurrence is not { } rule || done.Due is null)
        {
            return null;
        }

        DateOnly today = Dates.ZonedTime.Today(now, done.Due.TimeZoneId);
        DateOnly nextDay = Dates.DueDates.LocalDate(done.Due);
        do
        {
            nextDay = RecurrenceRule.Next(rule, nextDay) ?? today.AddDays(7);
        }
        while (nextDay <= today);

        var next = done with
        {
            Number = default,
            Status = ItemStatus.Open,
            StatusReason = null,
            Notes = null,
            Due = Dates.DueDates.Create(new Dates.ResolvedDate(nextDay, null), done.Due.TimeZoneId, done.Due.TimeZoneId),
            CompletedAt = null,
            Version = null,
        };
        Ports.StoreResult<ActionItem> created = await services.Items.CreateAsync(next, requester.Person, cancellationToken);
        return created.IsOk
            ? "Next occurrence: " + ItemPresenter.Line(created.Value!, requester.TimeZoneId, now)
            : "The next occurrence could not be created: " + created.Message;
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
        }, cancellationToken, afterChange: outcome => Notifications.RaiseBlockedAsync(outcome.Item!, context.Requester, services, cancellationToken));

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
