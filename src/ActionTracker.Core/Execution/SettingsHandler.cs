using System.Globalization;
using ActionTracker.Core.Commands;
using ActionTracker.Core.Dates;
using ActionTracker.Core.People;
using ActionTracker.Core.Ports;

namespace ActionTracker.Core.Execution;

/// <summary><c>settings</c>: a person's own time zone override, working hours and reminder mute.</summary>
internal static class SettingsHandler
{
    public static async Task<CommandResult> ExecuteAsync(SettingsCommand command, CommandContext context, RequesterProfile requester, ExecutionServices services, CancellationToken cancellationToken)
    {
        DateTimeOffset now = services.Time.GetUtcNow();
        Person current = requester.Stored ?? new Person { Tenant = context.Tenant, Ref = requester.Person, TimeZoneId = requester.TimeZoneId };
        Person updated;
        switch (command.Field)
        {
            case "team":
                return await TeamSettingsHandler.ExecuteAsync(command.Value, context, requester, services, cancellationToken);
            case "todo":
                return await TodoSyncSettingsHandler.ExecuteAsync(command.Value, context, requester, services, cancellationToken);
            case null:
                return new CommandResult { Text = Describe(current, requester.TimeZoneId, now) };
            case "timezone":
                string zone = (command.Value ?? string.Empty).Trim();
                if (!ZonedTime.IsValidZone(zone))
                {
                    return CommandResult.Error($"'{zone}' is not a time zone I know; use an IANA name like Europe/Berlin or America/New_York.", HelpCatalog.Find("settings")?.Usage);
                }

                updated = current with { TimeZoneId = zone };
                break;
            case "hours":
                string[] parts = (command.Value ?? string.Empty).Replace(" ", string.Empty, StringComparison.Ordinal).Split('-');
                if (parts.Length != 2
                    || !TimeOnly.TryParseExact(parts[0], ["H:mm", "HH:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out TimeOnly start)
                    || !TimeOnly.TryParseExact(parts[1], ["H:mm", "HH:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out TimeOnly end)
                    || end <= start)
                {
                    return CommandResult.Error("Working hours look like 09:00-17:30 (start before end).", HelpCatalog.Find("settings")?.Usage);
                }

                updated = current with { WorkingHours = current.WorkingHours with { Start = start, End = end } };
                break;
            case "unmute":
                updated = current with { MutedUntil = null };
                break;
            default:
                string text = (command.Value ?? string.Empty).Trim();
                text = text.StartsWith("until ", StringComparison.OrdinalIgnoreCase) ? text[6..] : text;
                if (DateResolver.Resolve(text, new DateContext(now, requester.TimeZoneId, context.DateOrder)) is not ResolvedDate until)
                {
                    return CommandResult.Error($"I couldn't read '{text}' as a future date.", HelpCatalog.Find("settings")?.Usage);
                }

                updated = current with { MutedUntil = ZonedTime.ToUtc(until.Date, until.Time ?? TimeOnly.MinValue, requester.TimeZoneId) };
                break;
        }

        StoreResult<Person> saved = await services.People.SaveAsync(updated, cancellationToken);
        return saved.IsOk
            ? new CommandResult { Text = "Saved. " + Describe(saved.Value!, saved.Value!.TimeZoneId ?? requester.TimeZoneId, now) }
            : CommandResult.Error(saved.Message ?? "Your settings could not be saved; try again.");
    }

    private static string Describe(Person person, string zone, DateTimeOffset now)
    {
        string hours = string.Create(CultureInfo.InvariantCulture, $"{person.WorkingHours.Start:HH\\:mm}-{person.WorkingHours.End:HH\\:mm}");
        string muted = person.MutedUntil is { } until && until > now
            ? "muted until " + ZonedTime.ToLocal(until, zone).ToString("ddd d MMM yyyy HH:mm", CultureInfo.InvariantCulture)
            : "not muted";
        return $"Time zone {zone}, working hours {hours} on {string.Join(", ", person.WorkingHours.Days.Select(d => d.ToString()[..3]))}, reminders {muted}.";
    }
}
