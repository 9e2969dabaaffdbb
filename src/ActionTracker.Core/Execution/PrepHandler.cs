using System.Globalization;
using ActionTracker.Core.Commands;
using ActionTracker.Core.Decisions;
using ActionTracker.Core.Digests;
using ActionTracker.Core.Items;
using ActionTracker.Core.Meetings;
using ActionTracker.Core.Ports;
using ActionTracker.Core.Settings;
using ActionTracker.Core.Views;

namespace ActionTracker.Core.Execution;

/// <summary>
/// <c>prep [M3]</c>: the roll-up of a meeting's items, posted in the conversation so the next meeting opens with it.
/// Without an id it is this conversation's latest meeting (the highest <c>M</c> number among its items and decisions).
/// </summary>
internal static class PrepHandler
{
    private const int PageSize = 1000;

    public static async Task<CommandResult> ExecuteAsync(PrepCommand command, CommandContext context, ExecutionServices services, CancellationToken cancellationToken)
    {
        List<Decision> decisions = await AllDecisionsAsync(context, services, cancellationToken);
        string? meetingId = command.MeetingId ?? await LatestMeetingAsync(context, decisions, services, cancellationToken);
        if (meetingId is null)
        {
            return CommandResult.Error("This conversation has no meeting with action items yet. Name one, like `prep M3`, or read a transcript with `transcript`.", "prep [M3]");
        }

        MeetingDraft? meeting = services.Meetings is null ? null : await services.Meetings.GetAsync(context.Tenant, Number(meetingId), cancellationToken);
        List<ActionItem> items = await ListAsync(context, new ItemListFilter { MeetingId = meetingId }, services, cancellationToken);
        List<Decision> meetingDecisions = decisions.Where(d => d.MeetingId == meetingId).ToList();
        if (meeting is null && items.Count == 0 && meetingDecisions.Count == 0)
        {
            return CommandResult.Error($"I don't know a meeting {meetingId} here. `list meeting M3` shows a meeting's items; `prep` alone rolls up this conversation's latest meeting.", "prep [M3]");
        }

        TeamSettings? team = await services.Settings.GetAsync(context.Tenant, context.ConversationId, cancellationToken);
        string timeZoneId = team?.TimeZoneId ?? context.RequesterTimeZoneId ?? "UTC";
        DigestView rollup = MeetingRollupBuilder.Build(meetingId, meeting?.Meeting.Title, items, meetingDecisions, services.Time.GetUtcNow(), timeZoneId);
        return new CommandResult { Text = rollup.Title + "\n" + rollup.Summary, Views = [rollup], Visibility = ResponseVisibility.Conversation };
    }

    private static async Task<string?> LatestMeetingAsync(CommandContext context, List<Decision> decisions, ExecutionServices services, CancellationToken cancellationToken)
    {
        List<ActionItem> items = await ListAsync(context, new ItemListFilter { ConversationId = context.ConversationId }, services, cancellationToken);
        long latest = items.Select(i => i.MeetingId)
            .Concat(decisions.Where(d => d.ConversationId == context.ConversationId).Select(d => d.MeetingId))
            .Select(id => id is null ? 0 : Number(id))
            .DefaultIfEmpty(0)
            .Max();
        return latest > 0 ? "M" + latest.ToString(CultureInfo.InvariantCulture) : null;
    }

    private static async Task<List<ActionItem>> ListAsync(CommandContext context, ItemListFilter filter, ExecutionServices services, CancellationToken cancellationToken)
    {
        var items = new List<ActionItem>();
        string? token = null;
        do
        {
            ResultPage<ActionItem> page = await services.Items.ListAsync(context.Tenant, filter, token, PageSize, cancellationToken);
            items.AddRange(page.Items);
            token = page.ContinuationToken;
        }
        while (token is not null);
        return items;
    }

    private static async Task<List<Decision>> AllDecisionsAsync(CommandContext context, ExecutionServices services, CancellationToken cancellationToken)
    {
        var decisions = new List<Decision>();
        string? token = null;
        do
        {
            ResultPage<Decision> page = await services.Decisions.ListAsync(context.Tenant, null, token, PageSize, cancellationToken);
            decisions.AddRange(page.Items);
            token = page.ContinuationToken;
        }
        while (token is not null);
        return decisions;
    }

    /// <summary>The number of "M3"; 0 for anything else.</summary>
    private static long Number(string meetingId) =>
        meetingId.Length > 1 && long.TryParse(meetingId.AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture, out long number) ? number : 0;
}
