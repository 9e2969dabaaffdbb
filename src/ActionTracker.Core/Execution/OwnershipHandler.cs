using System.Globalization;
using ActionTracker.Core.Commands;
using ActionTracker.Core.Dates;
using ActionTracker.Core.Items;

namespace ActionTracker.Core.Execution;

/// <summary>The proposed owner's answers: <c>accept</c>, <c>decline</c>, <c>propose</c> (a new date, accepting with it). The creator hears each.</summary>
internal static class OwnershipHandler
{
    public static Task<CommandResult> AcceptAsync(AcceptCommand command, CommandContext context, RequesterProfile requester, ItemAccess access, ExecutionServices services, CancellationToken cancellationToken) =>
        ChangeRunner.RunAsync([command.Number], "Accepted:", context, requester, access, services, item => item.Status == ItemStatus.Proposed
            ? ItemChange.To(item with { Status = ItemStatus.Open })
            : ItemChange.None($"You already own {item.Number}."),
            cancellationToken,
            ownerOnly: true,
            afterChange: outcome => Notifications.TellCreatorAsync(
                outcome.Item!, $"{requester.Person.DisplayName} accepted {outcome.Item!.Number} {outcome.Item.Title}.", services, cancellationToken));

    public static Task<CommandResult> DeclineAsync(DeclineCommand command, CommandContext context, RequesterProfile requester, ItemAccess access, ExecutionServices services, CancellationToken cancellationToken)
    {
        string reason = command.Reason is null ? string.Empty : ": " + command.Reason;
        return ChangeRunner.RunAsync([command.Number], "Declined, handed back:", context, requester, access, services, item => item.Status == ItemStatus.Proposed
            ? ItemChange.To(item with
            {
                Owner = item.Creator,
                Status = ItemStatus.Open,
                StatusReason = $"Declined by {requester.Person.DisplayName}{reason}",
                Due = FieldHandler.MoveToZone(item.Due, item.Due?.TimeZoneId ?? requester.TimeZoneId),
            })
            : ItemChange.Refuse($"You already accepted {item.Number}; use `assign {item.Number} @person` to hand it on."),
            cancellationToken,
            ownerOnly: true,
            afterChange: outcome => Notifications.TellCreatorAsync(
                outcome.Item!, $"{requester.Person.DisplayName} declined {outcome.Item!.Number} {outcome.Item.Title}{reason}. It is back with you.", services, cancellationToken));
    }

    public static async Task<CommandResult> ProposeAsync(ProposeCommand command, CommandContext context, RequesterProfile requester, ItemAccess access, ExecutionServices services, CancellationToken cancellationToken)
    {
        DateTimeOffset now = services.Time.GetUtcNow();
        DueResolution resolution = DueResolution.Resolve(command.DateText, context, requester, requester.TimeZoneId, now);
        if (resolution.Question is not null)
        {
            return resolution.Ask(date => $"propose {command.Number} {date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}");
        }

        if (resolution.Due is not { } due)
        {
            return CommandResult.Error(resolution.Error!, HelpCatalog.Find("propose")?.Usage);
        }

        string? was = null;
        return await ChangeRunner.RunAsync([command.Number], "Accepted with a new date:", context, requester, access, services, item =>
        {
            if (item.Status != ItemStatus.Proposed)
            {
                return ItemChange.Refuse($"You already accepted {item.Number}; use `due {item.Number} DATE` to change its date.");
            }

            was = item.Due is null ? "no date" : DueDates.Format(item.Due);
            return ItemChange.To(item with { Status = ItemStatus.Open, Due = due });
        },
        cancellationToken,
        ownerOnly: true,
        afterChange: outcome => Notifications.TellCreatorAsync(
            outcome.Item!,
            $"{requester.Person.DisplayName} accepted {outcome.Item!.Number} {outcome.Item.Title} with a new date: {DueDates.Format(due)} (was {was}).",
            services,
            cancellationToken));
    }
}
