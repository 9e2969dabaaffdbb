using System.Globalization;
using ActionTracker.Core.Commands;
using ActionTracker.Core.Digests;
using ActionTracker.Core.Ports;
using ActionTracker.Core.Settings;
using ActionTracker.Core.Views;

namespace ActionTracker.Core.Execution;

/// <summary>
/// <c>digest setup</c> (admins: where and when this team's weekly digest goes), <c>digest preview</c> (this week's digest,
/// only to the requester) and <c>digest now</c> (posted to the leadership channel at once).
/// </summary>
internal static class DigestHandler
{
    private static readonly TimeOnly DefaultTime = new(8, 30);

    public static async Task<CommandResult> ExecuteAsync(DigestCommand command, CommandContext context, RequesterProfile requester, ExecutionServices services, CancellationToken cancellationToken)
    {
        TeamSettings team = await services.Settings.GetAsync(context.Tenant, context.ConversationId, cancellationToken)
            ?? new TeamSettings { Tenant = context.Tenant, ConversationId = context.ConversationId, TimeZoneId = requester.TimeZoneId };
        return command.Action switch
        {
            DigestAction.Setup => await SetupAsync(command, team, context, requester, services, cancellationToken),
            DigestAction.Preview => await PreviewAsync(team, services, cancellationToken),
            _ => await PostNowAsync(team, services, cancellationToken),
        };
    }

    private static async Task<CommandResult> SetupAsync(DigestCommand command, TeamSettings team, CommandContext context, RequesterProfile requester, ExecutionServices services, CancellationToken cancellationToken)
    {
        if (!requester.IsAdmin)
        {
            return CommandResult.Error("Only admins can set up the team's digest; `admin list` shows who they are.");
        }

        (DayOfWeek day, TimeOnly time) = CurrentSchedule(team.DigestSchedule);
        DayOfWeek newDay = command.Day ?? day;
        TimeOnly newTime = command.Time ?? time;
        TeamSettings updated = team with
        {
            LeadershipConversationId = command.ChannelId ?? context.ConversationId,
            DigestSchedule = string.Create(CultureInfo.InvariantCulture, $"{newTime.Minute} {newTime.Hour} * * {newDay.ToString()[..3].ToUpperInvariant()}"),
        };
        StoreResult<TeamSettings> saved = await services.Settings.SaveAsync(updated, cancellationToken);
        return saved.IsOk
            ? new CommandResult { Text = $"The weekly digest goes to {Channel(updated)} every {newDay} at {newTime:HH\\:mm} ({updated.TimeZoneId}). `digest preview` shows this week's." }
            : CommandResult.Error(saved.Message ?? "The digest settings could not be saved; try again.");
    }

    private static async Task<CommandResult> PreviewAsync(TeamSettings team, ExecutionServices services, CancellationToken cancellationToken)
    {
        DigestView digest = await ComposeAsync(team, services, cancellationToken);
        string where = team.LeadershipConversationId is null ? "No leadership channel yet: `digest setup` sets one." : $"It goes to {Channel(team)} on schedule.";
        return new CommandResult { Text = $"Preview (only you see this). {where}\n{digest.Title}\n{digest.Summary}", Views = [digest] };
    }

    private static async Task<CommandResult> PostNowAsync(TeamSettings team, ExecutionServices services, CancellationToken cancellationToken)
    {
        if (team.LeadershipConversationId is null)
        {
            return CommandResult.Error("This team has no leadership channel yet: `digest setup #channel` sets one.", "digest setup [#channel] [weekday] [HH:mm]");
        }

        if (services.Poster is null)
        {
            return CommandResult.Error("Posting to channels is not available here; `digest preview` shows the digest.");
        }

        DigestView digest = await ComposeAsync(team, services, cancellationToken);
        var message = new CommandResult { Text = digest.Title + "\n" + digest.Summary, Views = [digest], Visibility = ResponseVisibility.Conversation };
        try
        {
            await services.Poster.PostAsync(team.Tenant, team.LeadershipConversationId, message, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return CommandResult.Error($"I couldn't post to {Channel(team)}: is the bot still a member there?");
        }

        return new CommandResult { Text = $"Posted this week's digest to {Channel(team)}." };
    }

    private static Task<DigestView> ComposeAsync(TeamSettings team, ExecutionServices services, CancellationToken cancellationToken)
    {
        DateTimeOffset now = services.Time.GetUtcNow();
        return DigestComposer.ComposeAsync(team, now - TimeSpan.FromDays(7), now, services.Items, services.Decisions, services.Deliveries, cancellationToken);
    }

    /// <summary>The weekday and time of a simple weekly cron ("30 8 * * MON"); Monday 08:30 for anything else.</summary>
    private static (DayOfWeek Day, TimeOnly Time) CurrentSchedule(string cron)
    {
        string[] fields = cron.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (fields.Length == 5
            && int.TryParse(fields[0], NumberStyles.None, CultureInfo.InvariantCulture, out int minute) && minute < 60
            && int.TryParse(fields[1], NumberStyles.None, CultureInfo.InvariantCulture, out int hour) && hour < 24)
        {
            foreach (DayOfWeek day in Enum.GetValues<DayOfWeek>())
            {
                if (string.Equals(fields[4], day.ToString()[..3], StringComparison.OrdinalIgnoreCase))
                {
                    return (day, new TimeOnly(hour, minute));
                }
            }
        }

        return (DayOfWeek.Monday, DefaultTime);
    }

    private static string Channel(TeamSettings team) =>
        team.LeadershipConversationId == team.ConversationId ? "this conversation" : team.LeadershipConversationId!.StartsWith('C') ? $"<#{team.LeadershipConversationId}>" : team.LeadershipConversationId!;
}
