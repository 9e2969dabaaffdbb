using ActionTracker.Core.Dates;
using ActionTracker.Core.Items;
using ActionTracker.Core.People;
using ActionTracker.Core.Ports;
using ActionTracker.Core.Reminders;
using ActionTracker.Core.Views;

namespace ActionTracker.Core.Execution;

/// <summary>The DMs that commands cause. A failed DM never undoes the change; the requester is told instead.</summary>
internal static class Notifications
{
    /// <summary>Asks the new owner to accept, decline or propose a date; returns a note for the requester when the DM failed.</summary>
    public static async Task<string?> AskOwnerAsync(ActionItem item, PersonRef assignedBy, ExecutionServices services, CancellationToken cancellationToken)
    {
        if (item.Owner is null)
        {
            return null;
        }

        string due = item.Due is null ? "no due date yet" : "due " + DueDates.Format(item.Due);
        string id = item.Number.ToString();
        var card = new ItemCardView
        {
            Number = item.Number,
            Title = item.Title,
            OwnerName = item.Owner.DisplayName,
            OwnerId = item.Owner.Id,
            Due = item.Due is null ? null : DueDates.Format(item.Due),
            Priority = item.Priority,
            Status = item.Status,
            GoalId = item.MilestoneId ?? item.GoalId,
            Context = item.Context,
            Revision = item.Revision,
            Actions =
            [
                new ViewAction(ViewActionKind.Accept, "Accept", $"accept {id}", item.Number, item.Revision),
                new ViewAction(ViewActionKind.Decline, "Decline", $"decline {id}", item.Number, item.Revision),
                new ViewAction(ViewActionKind.ProposeDate, "Propose a date", $"propose {id} ", item.Number, item.Revision),
            ],
        };
        var message = new CommandResult
        {
            Text = $"{assignedBy.DisplayName} made you the owner of {id} {item.Title} ({due}). Accept, decline or propose another date.",
            Views = [card],
        };
        return await SendAsync(item, item.Owner, message, services, cancellationToken);
    }

    /// <summary>Tells the creator what the owner answered; returns a note when the DM failed.</summary>
    public static Task<string?> TellCreatorAsync(ActionItem item, string text, ExecutionServices services, CancellationToken cancellationToken) =>
        SendAsync(item, item.Creator, new CommandResult { Text = text }, services, cancellationToken);

    /// <summary>
    /// Raises a just-blocked item to its creator at once (unless the creator blocked it or owns it). The DM is claimed
    /// under the sweep's escalation key, so the reminder sweep never raises the same block again; without a claim
    /// store the sweep raises it instead.
    /// </summary>
    public static async Task<string?> RaiseBlockedAsync(ActionItem item, PersonRef blockedBy, ExecutionServices services, CancellationToken cancellationToken)
    {
        if (services.Claims is null || item.Creator.Id == blockedBy.Id || item.Creator.Id == item.Owner?.Id)
        {
            return null;
        }

        IdempotencyClaim claim = await services.Claims.TryClaimAsync(item.Tenant, ReminderSweep.BlockedEscalationKey(item), ReminderSweep.ClaimStaleAfter, cancellationToken);
        if (claim.State != ClaimState.Claimed)
        {
            return null;
        }

        DateTimeOffset now = services.Time.GetUtcNow();
        string zone = item.Due?.TimeZoneId ?? "UTC";
        var message = new CommandResult
        {
            Text = $"{blockedBy.DisplayName} blocked an item you created:\n• {ItemPresenter.Line(item, zone, now)} — blocked: {item.StatusReason}",
            Views = [ItemPresenter.Card(item, zone, now, viewerIsOwner: false, viewerCanChange: true)],
        };
        string? note = await SendAsync(item, item.Creator, message, services, cancellationToken);
        if (note is null)
        {
            await services.Claims.CompleteAsync(claim, cancellationToken);
        }
        else
        {
            // Not sent: the next sweep raises it instead.
            await services.Claims.ReleaseAsync(claim, cancellationToken);
        }

        return note;
    }

    private static async Task<string?> SendAsync(ActionItem item, PersonRef recipient, CommandResult message, ExecutionServices services, CancellationToken cancellationToken)
    {
        try
        {
            await services.Notifier.NotifyAsync(item.Tenant, recipient, message, cancellationToken);
            return null;
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return $"I couldn't send {recipient.DisplayName} a direct message; please let them know.";
        }
    }
}
