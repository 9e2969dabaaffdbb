using System.Globalization;
using ActionTracker.Core.Commands;
using ActionTracker.Core.Dates;
using ActionTracker.Core.Items;
using ActionTracker.Core.People;

namespace ActionTracker.Core.Execution;

/// <summary><c>assign</c>, <c>due</c>, <c>snooze</c>, <c>priority</c>, <c>edit</c>, <c>note</c>.</summary>
internal static class FieldHandler
{
    public static async Task<CommandResult> AssignAsync(AssignCommand command, CommandContext context, RequesterProfile requester, ItemAccess access, ExecutionServices services, CancellationToken cancellationToken)
    {
        (PersonRef? owner, string? error) = await PersonResolver.ResolveAsync(command.Owner, context, services, cancellationToken);
        if (owner is null)
        {
            return CommandResult.Error(error!, HelpCatalog.Find("assign")?.Usage);
        }

        bool toSomeoneElse = owner.Id != requester.Person.Id;
        string ownerZone = toSomeoneElse
            ? (await services.People.GetAsync(context.Tenant, owner.Id, cancellationToken))?.TimeZoneId ?? requester.TimeZoneId
            : requester.TimeZoneId;

        return await ChangeRunner.RunAsync([command.Number], "Reassigned:", context, requester, access, services, item =>
        {
            if (item.Owner?.Id == owner.Id)
            {
                return ItemChange.None($"{owner.DisplayName} already owns {item.Number}.");
            }

            if (item.Status.IsClosed())
            {
                return ItemChange.Refuse($"{item.Number} is {item.Status.ToString().ToLowerInvariant()}; reopen it before handing it on.");
            }

            ItemStatus status = toSomeoneElse ? ItemStatus.Proposed : item.Status == ItemStatus.Proposed ? ItemStatus.Open : item.Status;
            return ItemChange.To(item with
            {
                Owner = owner,
                Status = status,
                Due = MoveToZone(item.Due, ownerZone),
                Watchers = item.Watchers.Where(w => w.Id != owner.Id).ToList(),
            });
        }, cancellationToken, afterChange: async outcome => toSomeoneElse
            ? await Notifications.AskOwnerAsync(outcome.Item!, requester.Person, services, cancellationToken) ?? $"I've asked {owner.DisplayName} to accept it."
            : null);
    }

    public static async Task<CommandResult> DueAsync(DueCommand command, CommandContext context, RequesterProfile requester, ItemAccess access, ExecutionServices services, CancellationToken cancellationToken)
    {
        DateTimeOffset now = services.Time.GetUtcNow();
        string ownerZone = await OwnerZoneAsync(command.Number, context, requester, services, cancellationToken);
        DueResolution resolution = DueResolution.Resolve(command.DateText, context, requester, ownerZone, now);
        if (resolution.Question is not null)
        {
            return resolution.Ask(date => $"due {command.Number} {date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}");
        }

        if (resolution.Due is not { } due)
        {
            return CommandResult.Error(resolution.Error!, HelpCatalog.Find("due")?.Usage);
        }

        return await ChangeRunner.RunAsync([command.Number], "New date:", context, requester, access, services, item => item.Status.IsClosed()
            ? ItemChange.Refuse($"{item.Number} is {item.Status.ToString().ToLowerInvariant()}; reopen it first.")
            : ItemChange.To(item with { Due = due }), cancellationToken);
    }

    public static async Task<CommandResult> SnoozeAsync(SnoozeCommand command, CommandContext context, RequesterProfile requester, ItemAccess access, ExecutionServices services, CancellationToken cancellationToken)
    {
        DateTimeOffset now = services.Time.GetUtcNow();
        if (!Durations.TryParse(command.Text, out int days))
        {
            return await DueAsync(new DueCommand(command.Number, command.Text), context, requester, access, services, cancellationToken);
        }

        string ownerZone = await OwnerZoneAsync(command.Number, context, requester, services, cancellationToken);
        return await ChangeRunner.RunAsync([command.Number], "Snoozed:", context, requester, access, services, item =>
        {
            if (item.Status.IsClosed())
            {
                return ItemChange.Refuse($"{item.Number} is {item.Status.ToString().ToLowerInvariant()}; there is nothing to snooze.");
            }

            // From the later of today and the current due date, so snoozing an overdue item lands in the future.
            string zone = item.Due?.TimeZoneId ?? ownerZone;
            DateOnly today = ZonedTime.Today(now, zone);
            DateOnly from = item.Due is null || DueDates.LocalDate(item.Due) < today ? today : DueDates.LocalDate(item.Due);
            TimeOnly? time = item.Due is { HasTime: true } timed ? TimeOnly.FromDateTime(ZonedTime.ToLocal(timed.Utc, zone).DateTime) : null;
            DueDate due = DueDates.Create(new ResolvedDate(from.AddDays(days), time), zone, zone);
            return ItemChange.To(item with { Due = due });
        }, cancellationToken);
    }

    public static Task<CommandResult> PriorityAsync(PriorityCommand command, CommandContext context, RequesterProfile requester, ItemAccess access, ExecutionServices services, CancellationToken cancellationToken) =>
        ChangeRunner.RunAsync([command.Number], "Priority changed:", context, requester, access, services, item => item.Priority == command.Priority
            ? ItemChange.None($"{item.Number} is already {ItemPresenter.PriorityName(command.Priority)}.")
            : ItemChange.To(item with { Priority = command.Priority }), cancellationToken);

    public static Task<CommandResult> EditAsync(EditCommand command, CommandContext context, RequesterProfile requester, ItemAccess access, ExecutionServices services, CancellationToken cancellationToken) =>
        ChangeRunner.RunAsync([command.Number], "Edited:", context, requester, access, services, item => command.Field switch
        {
            EditField.Title => ItemChange.To(item with { Title = command.Text.Trim() }),
            EditField.Notes => ItemChange.To(item with { Notes = command.Text.Trim() }),
            _ => ItemChange.To(item with { Context = command.Text.Trim() }),
        }, cancellationToken);

    public static Task<CommandResult> NoteAsync(NoteCommand command, CommandContext context, RequesterProfile requester, ItemAccess access, ExecutionServices services, CancellationToken cancellationToken)
    {
        DateTimeOffset now = services.Time.GetUtcNow();
        return ChangeRunner.RunAsync([command.Number], "Note added:", context, requester, access, services,
            item => ItemChange.To(item with { Notes = NoteText.Append(item.Notes, command.Text, requester, now) }), cancellationToken);
    }

    /// <summary>A date-only deadline stays the same calendar day (end of working day) in the new owner's zone.</summary>
    internal static DueDate? MoveToZone(DueDate? due, string zone)
    {
        if (due is null)
        {
            return null;
        }

        // A deadline with a time is an instant: only where it is shown changes.
        return due.HasTime || due.TimeZoneId == zone
            ? due with { TimeZoneId = zone }
            : DueDates.Create(new ResolvedDate(DueDates.LocalDate(due), null), zone, zone);
    }

    /// <summary>The zone a new date is kept in: the current deadline's, else the owner's profile, else the requester's.</summary>
    private static async Task<string> OwnerZoneAsync(ItemNumber number, CommandContext context, RequesterProfile requester, ExecutionServices services, CancellationToken cancellationToken)
    {
        ActionItem? item = await services.Items.GetAsync(context.Tenant, number, cancellationToken);
        if (item?.Due is { } due)
        {
            return due.TimeZoneId;
        }

        if (item?.Owner is { } owner && owner.Id != requester.Person.Id)
        {
            return (await services.People.GetAsync(context.Tenant, owner.Id, cancellationToken))?.TimeZoneId ?? requester.TimeZoneId;
        }

        return requester.TimeZoneId;
    }
}
