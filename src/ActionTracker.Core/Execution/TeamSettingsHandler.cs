using System.Globalization;
using ActionTracker.Core.Commands;
using ActionTracker.Core.Dates;
using ActionTracker.Core.Ports;
using ActionTracker.Core.Settings;

namespace ActionTracker.Core.Execution;

/// <summary>
/// <c>settings team …</c> for the current conversation: anyone may look, admins change the leadership channel (the
/// digest's destination), quiet hours, the reminder ladder, the escalation time and the team's time zone.
/// </summary>
internal static class TeamSettingsHandler
{
    public static async Task<CommandResult> ExecuteAsync(string? text, CommandContext context, RequesterProfile requester, ExecutionServices services, CancellationToken cancellationToken)
    {
        string[] words = (text ?? string.Empty).Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        TeamSettings current = await services.Settings.GetAsync(context.Tenant, context.ConversationId, cancellationToken)
            ?? new TeamSettings { Tenant = context.Tenant, ConversationId = context.ConversationId, TimeZoneId = requester.TimeZoneId };
        if (words.Length == 0)
        {
            return new CommandResult { Text = Describe(current) };
        }

        if (!requester.IsAdmin)
        {
            return CommandResult.Error("Only admins can change the team's settings; `admin list` shows who they are.");
        }

        string action = words[0].ToLowerInvariant();
        string? value = words.Length > 1 ? string.Join(' ', words.Skip(1)) : null;
        TeamSettings? updated = action switch
        {
            "leadership" => current with { LeadershipConversationId = context.ConversationId },
            "quiet" when value is "off" or "none" => current with { QuietHours = null },
            "quiet" when TryRange(value, out TimeOnly start, out TimeOnly end) => current with { QuietHours = new QuietHours(start, end) },
            "reminders" when TryDays(value, out List<int> days) => current with { Reminders = current.Reminders with { DaysBefore = days } },
            "escalate" when int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out int after) && after is > 0 and <= 30 => current with { Reminders = current.Reminders with { EscalateAfterDays = after } },
            "timezone" when ZonedTime.IsValidZone(value) => current with { TimeZoneId = value! },
            _ => null,
        };
        if (updated is null)
        {
            return CommandResult.Error(
                "I can set: leadership (this conversation gets the digest), quiet 12:00-13:00 (or off), reminders 3,1,0 (working days before due), escalate 3 (working days overdue), timezone ZONE.",
                HelpCatalog.Find("settings")?.Usage);
        }

        StoreResult<TeamSettings> saved = await services.Settings.SaveAsync(updated, cancellationToken);
        if (saved.IsOk)
        {
            await AdminAudit.RecordAsync(context, requester, services, "settings team", $"{string.Join(' ', words)} in {context.ConversationId}", cancellationToken);
        }

        return saved.IsOk
            ? new CommandResult { Text = "Saved. " + Describe(saved.Value!) }
            : CommandResult.Error(saved.Message ?? "The team settings could not be saved; try again.");
    }

    private static string Describe(TeamSettings settings) =>
        $"Team settings: digest to {(settings.LeadershipConversationId is null ? "no leadership channel yet (`settings team leadership` in it)" : settings.LeadershipConversationId)}, "
        + $"reminders {string.Join(", ", settings.Reminders.DaysBefore)} working days before due, overdue every {settings.Reminders.OverdueRepeatDays}, "
        + $"escalate after {settings.Reminders.EscalateAfterDays}, quiet hours {(settings.QuietHours is { } q ? string.Create(CultureInfo.InvariantCulture, $"{q.Start:HH\\:mm}-{q.End:HH\\:mm}") : "none")}, time zone {settings.TimeZoneId}.";

    private static bool TryRange(string? text, out TimeOnly start, out TimeOnly end)
    {
        start = end = default;
        string[] parts = (text ?? string.Empty).Replace(" ", string.Empty, StringComparison.Ordinal).Split('-');
        return parts.Length == 2
            && TimeOnly.TryParseExact(parts[0], ["H:mm", "HH:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out start)
            && TimeOnly.TryParseExact(parts[1], ["H:mm", "HH:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out end)
            && start != end;
    }

    private static bool TryDays(string? text, out List<int> days)
    {
        days = [];
        foreach (string part in (text ?? string.Empty).Split([',', ' '], StringSplitOptions.RemoveEmptyEntries))
        {
            if (!int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out int day) || day > 20)
            {
                return false;
            }

            days.Add(day);
        }

        days = days.Distinct().OrderDescending().ToList();
        return days.Count is > 0 and <= 6;
    }
}
