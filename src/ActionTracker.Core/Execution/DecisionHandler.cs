using System.Globalization;
using ActionTracker.Core.Commands;
using ActionTracker.Core.Dates;
using ActionTracker.Core.Decisions;
using ActionTracker.Core.Ports;
using ActionTracker.Core.Views;

namespace ActionTracker.Core.Execution;

/// <summary><c>decision TEXT</c> (shown to the whole conversation) and <c>decisions [since DATE]</c>.</summary>
internal static class DecisionHandler
{
    private const int PageSize = 20;

    public static async Task<CommandResult> RecordAsync(DecisionCommand command, CommandContext context, RequesterProfile requester, ExecutionServices services, CancellationToken cancellationToken)
    {
        DateTimeOffset now = services.Time.GetUtcNow();
        var decision = new Decision
        {
            Tenant = context.Tenant,
            Text = command.Text.Trim(),
            RecordedBy = requester.Person,
            DecidedAt = now,
            ConversationId = context.ConversationId,
        };
        StoreResult<Decision> stored = await services.Decisions.CreateAsync(decision, cancellationToken);
        if (!stored.IsOk)
        {
            return CommandResult.Error(stored.Message ?? "The decision could not be recorded.", HelpCatalog.Find("decision")?.Usage);
        }

        DecisionSummary summary = Summary(stored.Value!, requester.TimeZoneId);
        return new CommandResult
        {
            Text = $"Decision {summary.Id} recorded by {summary.RecordedBy}: {summary.Text}",
            Views = [new DecisionListView("Decision recorded", [summary], HasMore: false)],
            Visibility = ResponseVisibility.Conversation,
        };
    }

    public static async Task<CommandResult> ListAsync(DecisionsCommand command, CommandContext context, RequesterProfile requester, ExecutionServices services, CancellationToken cancellationToken)
    {
        DateTimeOffset now = services.Time.GetUtcNow();
        DateTimeOffset? since = null;
        if (command.SinceText is { } sinceText)
        {
            DateResolution resolved = SinceDates.Resolve(sinceText, new DateContext(now, requester.TimeZoneId, context.DateOrder));
            if (resolved is not ResolvedDate date)
            {
                return CommandResult.Error(resolved is DateError error ? error.Message : ((DateQuestion)resolved).Message, HelpCatalog.Find("decisions")?.Usage);
            }

            since = ZonedTime.ToUtc(date.Date, date.Time ?? TimeOnly.MinValue, requester.TimeZoneId);
        }

        ResultPage<Decision> page = await services.Decisions.ListAsync(context.Tenant, since, null, PageSize, cancellationToken);
        var visible = new List<Decision>();
        foreach (Decision decision in page.Items)
        {
            // Decisions belong to the conversation they were made in, like items.
            if (requester.IsAdmin || decision.ConversationId is null || decision.ConversationId == context.ConversationId
                || await services.Directory.IsMemberAsync(context.Tenant, decision.ConversationId, requester.Person.Id, cancellationToken))
            {
                visible.Add(decision);
            }
        }

        string title = since is null ? "Decisions" : "Decisions since " + ZonedTime.ToLocal(since.Value, requester.TimeZoneId).ToString("ddd d MMM yyyy", CultureInfo.InvariantCulture);
        List<DecisionSummary> summaries = visible.Select(d => Summary(d, requester.TimeZoneId)).ToList();
        var lines = new List<string> { title + ":" };
        lines.AddRange(summaries.Count == 0 ? ["None recorded."] : summaries.Select(s => $"• {s.Id} {s.Text} ({s.RecordedBy}, {s.DecidedOn})"));
        return new CommandResult { Text = string.Join("\n", lines), Views = [new DecisionListView(title, summaries, page.HasMore)] };
    }

    private static DecisionSummary Summary(Decision decision, string timeZoneId) => new(
        "D" + decision.Number.ToString(CultureInfo.InvariantCulture),
        decision.Text,
        decision.RecordedBy.DisplayName,
        ZonedTime.ToLocal(decision.DecidedAt, timeZoneId).ToString("ddd d MMM yyyy", CultureInfo.InvariantCulture),
        decision.MeetingId);
}
