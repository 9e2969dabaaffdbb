using ActionTracker.Core.Items;
using ActionTracker.Core.Views;

namespace ActionTracker.Core.Execution;

/// <summary>Runs one change over one or more ids and reports each: changed, nothing to do, or why not.</summary>
internal static class ChangeRunner
{
    public static async Task<CommandResult> RunAsync(
        IReadOnlyList<ItemNumber> numbers,
        string verbPast,
        CommandContext context,
        RequesterProfile requester,
        ItemAccess access,
        ExecutionServices services,
        Func<ActionItem, ItemChange> change,
        CancellationToken cancellationToken,
        bool ownerOnly = false,
        Func<UpdateOutcome, Task<string?>>? afterChange = null)
    {
        DateTimeOffset now = services.Time.GetUtcNow();
        var lines = new List<string>();
        var views = new List<ChatView>();
        bool anyFailed = false;
        foreach (ItemNumber number in numbers)
        {
            UpdateOutcome outcome = await ItemUpdater.ApplyAsync(number, context, access, services, change, ownerOnly, cancellationToken);
            if (outcome.Error is not null)
            {
                anyFailed = true;
                lines.Add(outcome.Error);
                continue;
            }

            ActionItem item = outcome.Item!;
            if (outcome.Info is not null)
            {
                lines.Add(outcome.Info);
            }
            else
            {
                lines.Add($"{verbPast} " + ItemPresenter.Line(item, requester.TimeZoneId, now));
                if (afterChange is not null && await afterChange(outcome) is { } note)
                {
                    lines.Add(note);
                }
            }

            views.Add(ItemPresenter.Card(item, requester.TimeZoneId, now, access));
        }

        if (anyFailed && views.Count == 0)
        {
            return CommandResult.Error(string.Join("\n", lines));
        }

        return new CommandResult { Text = string.Join("\n", lines), Views = views, Succeeded = !anyFailed };
    }
}
