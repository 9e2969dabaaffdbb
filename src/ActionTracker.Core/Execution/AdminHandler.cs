using ActionTracker.Core.Commands;
using ActionTracker.Core.People;
using ActionTracker.Core.Ports;
using ActionTracker.Core.Views;

namespace ActionTracker.Core.Execution;

/// <summary><c>admin list|add|remove</c>. Anyone may see who the admins are; only admins change the list, and the last admin stays.</summary>
internal static class AdminHandler
{
    public static async Task<CommandResult> ExecuteAsync(AdminCommand command, CommandContext context, RequesterProfile requester, ExecutionServices services, CancellationToken cancellationToken)
    {
        if (command.Action is AdminAction.ExportTenant or AdminAction.Forget or AdminAction.Log)
        {
            return await DataRightsHandler.ExecuteAsync(command, context, requester, services, cancellationToken);
        }

        IReadOnlyList<Person> admins = await services.People.ListAdminsAsync(context.Tenant, cancellationToken);
        if (command.Action == AdminAction.List || command.Person is null)
        {
            List<string> names = admins.Select(a => a.Ref.DisplayName).Order(StringComparer.CurrentCultureIgnoreCase).ToList();
            string text = names.Count == 0 ? "There are no admins yet; the person who installs the bot becomes the first." : "Admins: " + string.Join(", ", names);
            return new CommandResult { Text = text, Views = [new PeopleListView("Admins", names)] };
        }

        if (!requester.IsAdmin)
        {
            string who = admins.Count == 0 ? "an admin" : string.Join(", ", admins.Select(a => a.Ref.DisplayName));
            return CommandResult.Error($"Only admins can change the admin list; ask {who}.");
        }

        (PersonRef? person, string? error) = await PersonResolver.ResolveAsync(command.Person, context, services, cancellationToken);
        if (person is null)
        {
            return CommandResult.Error(error!, HelpCatalog.Find("admin")?.Usage);
        }

        bool makeAdmin = command.Action == AdminAction.Add;
        if (!makeAdmin && admins.Count == 1 && admins[0].Ref.Id == person.Id)
        {
            return CommandResult.Error($"{person.DisplayName} is the last admin; add another admin first.");
        }

        for (int attempt = 0; attempt < 3; attempt++)
        {
            Person? stored = await services.People.GetAsync(context.Tenant, person.Id, cancellationToken);
            if ((stored?.IsAdmin ?? false) == makeAdmin)
            {
                return new CommandResult { Text = makeAdmin ? $"{person.DisplayName} is already an admin." : $"{person.DisplayName} is not an admin." };
            }

            Person updated = (stored ?? new Person { Tenant = context.Tenant, Ref = person }) with { IsAdmin = makeAdmin };
            StoreResult<Person> saved = await services.People.SaveAsync(updated, cancellationToken);
            if (saved.IsOk)
            {
                await AdminAudit.RecordAsync(context, requester, services, makeAdmin ? "admin add" : "admin remove", $"{person.DisplayName} ({person.Id})", cancellationToken);
                return new CommandResult { Text = makeAdmin ? $"{person.DisplayName} is now an admin." : $"{person.DisplayName} is no longer an admin." };
            }

            if (saved.Outcome != StoreOutcome.Conflict)
            {
                return CommandResult.Error(saved.Message ?? "The admin list could not be changed.");
            }
        }

        return CommandResult.Error("The admin list is being changed by someone else; try again.");
    }

    /// <summary>Admins set someone's manager; the manager may then see that person's reviews.</summary>
    public static async Task<CommandResult> SetManagerAsync(ManagerCommand command, CommandContext context, RequesterProfile requester, ExecutionServices services, CancellationToken cancellationToken)
    {
        if (!requester.IsAdmin)
        {
            return CommandResult.Error("Only admins can set who manages whom.");
        }

        (PersonRef? person, string? error) = await PersonResolver.ResolveAsync(command.Person, context, services, cancellationToken);
        if (person is null)
        {
            return CommandResult.Error(error!, HelpCatalog.Find("admin")?.Usage);
        }

        PersonRef? manager = null;
        if (command.Manager is not null)
        {
            (manager, error) = await PersonResolver.ResolveAsync(command.Manager, context, services, cancellationToken);
            if (manager is null)
            {
                return CommandResult.Error(error!, HelpCatalog.Find("admin")?.Usage);
            }

            if (manager.Id == person.Id)
            {
                return CommandResult.Error("Nobody can be their own manager.");
            }
        }

        for (int attempt = 0; attempt < 3; attempt++)
        {
            Person? stored = await services.People.GetAsync(context.Tenant, person.Id, cancellationToken);
            Person updated = (stored ?? new Person { Tenant = context.Tenant, Ref = person }) with { Manager = manager };
            StoreResult<Person> saved = await services.People.SaveAsync(updated, cancellationToken);
            if (saved.IsOk)
            {
                await AdminAudit.RecordAsync(
                    context, requester, services, "admin manager", $"{person.DisplayName} ({person.Id}) → {(manager is null ? "none" : $"{manager.DisplayName} ({manager.Id})")}", cancellationToken);
                return new CommandResult { Text = manager is null ? $"{person.DisplayName} has no manager set now." : $"{manager.DisplayName} now manages {person.DisplayName}." };
            }

            if (saved.Outcome != StoreOutcome.Conflict)
            {
                return CommandResult.Error(saved.Message ?? "The change could not be saved.");
            }
        }

        return CommandResult.Error("That profile is being changed by someone else; try again.");
    }
}
