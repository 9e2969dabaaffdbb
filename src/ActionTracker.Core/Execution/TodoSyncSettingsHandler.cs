using System.Globalization;
using ActionTracker.Core.Commands;
using ActionTracker.Core.Ports;
using ActionTracker.Core.Sync;

namespace ActionTracker.Core.Execution;

/// <summary><c>settings todo [on|off]</c>: a person's own Microsoft To Do sync, off until they turn it on.</summary>
internal static class TodoSyncSettingsHandler
{
    public static async Task<CommandResult> ExecuteAsync(string? value, CommandContext context, RequesterProfile requester, ExecutionServices services, CancellationToken cancellationToken)
    {
        string word = OptionWords.Bare((value ?? string.Empty).Trim().ToLowerInvariant());
        if (word is not ("" or "on" or "off" or "status"))
        {
            return CommandResult.Error("`settings todo` takes on, off or nothing (to see its state).", HelpCatalog.Find("settings")?.Usage);
        }

        if (services.TodoSync is null || services.TodoTasks is not { IsAvailable: true })
        {
            return word is "" or "status" or "off"
                ? new CommandResult { Text = "Microsoft To Do sync is off: it is not set up on this installation." }
                : CommandResult.Error("Microsoft To Do sync is not set up on this installation: an admin sets Graph:TodoSyncEnabled with Graph app credentials that have Tasks.ReadWrite.All.");
        }

        TodoSyncState? current = await services.TodoSync.GetStateAsync(context.Tenant, requester.Person.Id, cancellationToken);
        if (word is "" or "status")
        {
            return new CommandResult { Text = Describe(current, requester.TimeZoneId) };
        }

        if (word == "on" && !CanSync(context, requester))
        {
            return CommandResult.Error("Microsoft To Do sync works with your Microsoft 365 account, so turn it on from Microsoft Teams.");
        }

        TodoSyncState state = current ?? new TodoSyncState { Tenant = context.Tenant, Person = requester.Person };
        TodoSyncState updated = word == "on"
            ? state with { Person = requester.Person, Enabled = true, PausedReason = null }
            : state with { Enabled = false };
        StoreResult<TodoSyncState> saved = await services.TodoSync.SaveStateAsync(updated, cancellationToken);
        if (!saved.IsOk)
        {
            return CommandResult.Error(saved.Message ?? "Your To Do setting could not be saved; try again.");
        }

        if (word == "off")
        {
            return new CommandResult { Text = "Microsoft To Do sync is off. Tasks already in your \"" + TodoSyncWorkHandler.ListName + "\" list stay there but no longer change." };
        }

        if (services.Queue is not null)
        {
            // The first sync runs now rather than at the next scheduled round.
            string key = "todo-sync:" + requester.Person.Id + ":on:" + services.Time.GetUtcNow().UtcTicks.ToString(CultureInfo.InvariantCulture);
            await services.Queue.EnqueueAsync(new TodoSyncJob { PersonId = requester.Person.Id }.ToWorkItem(context.Tenant, key), null, cancellationToken);
        }

        return new CommandResult
        {
            Text = "Microsoft To Do sync is on. Your accepted items appear in the list \"" + TodoSyncWorkHandler.ListName
                + "\" in To Do within a few minutes; completing a task there marks the item done here, and the other way round.",
        };
    }

    /// <summary>Graph knows people by their Entra object id, which only Teams gives us.</summary>
    private static bool CanSync(CommandContext context, RequesterProfile requester) =>
        context.Tenant.Value.StartsWith("teams:", StringComparison.Ordinal) && Guid.TryParse(requester.Person.Id, out _);

    private static string Describe(TodoSyncState? state, string timeZoneId)
    {
        if (state is not { Enabled: true })
        {
            return "Microsoft To Do sync is off. Turn it on with `settings todo on`.";
        }

        if (state.PausedReason is { } reason)
        {
            return "Microsoft To Do sync is paused: Microsoft Graph refused access to your tasks (" + reason
                + "). An admin must grant the app Tasks.ReadWrite.All; then turn it on again with `settings todo on`.";
        }

        string last = state.LastSyncedAt is { } at
            ? "last synced " + Dates.ZonedTime.ToLocal(at, timeZoneId).ToString("ddd d MMM yyyy HH:mm", CultureInfo.InvariantCulture)
            : "not synced yet";
        return "Microsoft To Do sync is on (list \"" + TodoSyncWorkHandler.ListName + "\", " + last + ").";
    }
}
