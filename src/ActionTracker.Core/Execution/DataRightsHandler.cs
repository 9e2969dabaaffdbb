using System.Globalization;
using System.Security.Cryptography;
using ActionTracker.Core.Commands;
using ActionTracker.Core.Dates;
using ActionTracker.Core.People;
using ActionTracker.Core.Ports;
using ActionTracker.Core.Views;

namespace ActionTracker.Core.Execution;

/// <summary>
/// <c>admin export-tenant</c>, <c>admin forget @x</c> and <c>admin log</c>: admins only, and each export and forget is
/// written to the admin log (a forgotten person appears there only under their new pseudonymous id).
/// </summary>
internal static class DataRightsHandler
{
    public const string FormerMember = "Former member";

    /// <summary>Entries <c>admin log</c> shows.</summary>
    public const int LogEntries = 25;

    public static async Task<CommandResult> ExecuteAsync(AdminCommand command, CommandContext context, RequesterProfile requester, ExecutionServices services, CancellationToken cancellationToken)
    {
        if (!requester.IsAdmin)
        {
            string what = command.Action switch
            {
                AdminAction.ExportTenant => "export the whole tenant",
                AdminAction.Forget => "forget a person's data",
                _ => "read the admin log",
            };
            return CommandResult.Error($"Only admins can {what}; `admin list` shows who they are.");
        }

        return command.Action switch
        {
            AdminAction.ExportTenant => await ExportTenantAsync(command, context, requester, services, cancellationToken),
            AdminAction.Forget => await ForgetAsync(command, context, requester, services, cancellationToken),
            _ => await LogAsync(context, requester, services, cancellationToken),
        };
    }

    private static async Task<CommandResult> ExportTenantAsync(AdminCommand command, CommandContext context, RequesterProfile requester, ExecutionServices services, CancellationToken cancellationToken)
    {
        if (services.Exports is null || services.Endpoint is null)
        {
            return CommandResult.Error("Exports are not available on this installation.");
        }

        // Audited before the link exists, so no export of the tenant goes unrecorded.
        string format = command.Format == ExportFormat.Markdown ? "md" : "csv";
        await AdminAudit.RecordAsync(context, requester, services, "export-tenant", $"export link for every item of the tenant ({format})", cancellationToken);
        return await ExportHandler.CreateAsync(new ExportCommand(ListScope.Tenant, null, command.Format), context, requester, services, cancellationToken);
    }

    private static async Task<CommandResult> ForgetAsync(AdminCommand command, CommandContext context, RequesterProfile requester, ExecutionServices services, CancellationToken cancellationToken)
    {
        if (services.Eraser is null)
        {
            return CommandResult.Error("Forgetting people is not available on this installation.");
        }

        if (command.Person is null)
        {
            return CommandResult.Error("Say who to forget, like: admin forget @maria.", HelpCatalog.Find("admin")?.Usage);
        }

        (PersonRef? person, string? error) = await PersonResolver.ResolveAsync(command.Person, context, services, cancellationToken);
        if (person is null)
        {
            return CommandResult.Error(error!, HelpCatalog.Find("admin")?.Usage);
        }

        Person? profile = await services.People.GetAsync(context.Tenant, person.Id, cancellationToken);
        IReadOnlyList<Person> admins = await services.People.ListAdminsAsync(context.Tenant, cancellationToken);
        if (admins.Count == 1 && admins[0].Ref.Id == person.Id)
        {
            return CommandResult.Error($"{person.DisplayName} is the last admin; add another admin before forgetting them.");
        }

        var names = new List<string>();
        foreach (string? name in new[] { person.DisplayName, profile?.Ref.DisplayName, profile?.Email })
        {
            if (name is { Length: > 0 } && name != person.Id && !names.Contains(name, StringComparer.Ordinal))
            {
                names.Add(name);
            }
        }

        string pseudonym = "forgotten-" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(6));
        int rows = await services.Eraser.EraseAsync(context.Tenant, person.Id, names, pseudonym, FormerMember, cancellationToken);
        await AdminAudit.RecordAsync(
            context, requester, services, "forget", $"forgot a person, now {pseudonym}: {rows.ToString(CultureInfo.InvariantCulture)} stored rows deleted or anonymised", cancellationToken);
        return new CommandResult
        {
            Text = $"Forgot {person.DisplayName}: their profile is deleted and {rows.ToString(CultureInfo.InvariantCulture)} stored rows now name “{FormerMember}” ({pseudonym}) instead. This is in the admin log.",
        };
    }

    private static async Task<CommandResult> LogAsync(CommandContext context, RequesterProfile requester, ExecutionServices services, CancellationToken cancellationToken)
    {
        if (services.AdminAudit is null)
        {
            return CommandResult.Error("The admin log is not available on this installation.");
        }

        IReadOnlyList<AdminAuditEntry> entries = await services.AdminAudit.ListAsync(context.Tenant, LogEntries, cancellationToken);
        List<string> lines = entries
            .Select(e => $"{ZonedTime.ToLocal(e.At, requester.TimeZoneId).ToString("ddd d MMM yyyy HH:mm", CultureInfo.InvariantCulture)} {e.Actor.DisplayName}: {e.Action} — {e.Detail}")
            .ToList();
        string title = "Admin log (newest first)";
        return new CommandResult
        {
            Text = lines.Count == 0 ? "The admin log is empty." : title + "\n" + string.Join("\n", lines),
            Views = [new PeopleListView(title, lines)],
        };
    }
}
