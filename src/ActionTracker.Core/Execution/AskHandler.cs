using ActionTracker.Core.Commands;
using ActionTracker.Core.Items;
using ActionTracker.Core.Reviews;
using ActionTracker.Core.Views;

namespace ActionTracker.Core.Execution;

/// <summary>
/// Plain-English questions mapped to review queries: completed work by goal, last review's development items, and
/// what to discuss. Same access rules as <c>review</c>; unknown questions get the list of supported ones.
/// </summary>
internal static class AskHandler
{
    public static readonly IReadOnlyList<string> Supported =
    [
        "what has @person completed related to their goals?",
        "were the development items from the last review completed? (add @person to ask about someone else)",
        "what open items should be discussed in @person's review?",
    ];

    public static async Task<CommandResult> ExecuteAsync(AskCommand command, CommandContext context, RequesterProfile requester, ExecutionServices services, CancellationToken cancellationToken)
    {
        string question = command.Question.ToLowerInvariant();
        Func<ReviewReport, CommandResult>? answer =
            question.Contains("development", StringComparison.Ordinal) ? Development
            : question.Contains("discuss", StringComparison.Ordinal) ? report => Discuss(report, requester, services)
            : question.Contains("complet", StringComparison.Ordinal) || question.Contains("done", StringComparison.Ordinal) || question.Contains("finish", StringComparison.Ordinal) ? Completed
            : null;
        if (answer is null)
        {
            return CommandResult.Error("I can answer these questions:\n" + string.Join("\n", Supported.Select(q => "• " + q)), HelpCatalog.Find("ask")?.Usage);
        }

        (ReviewReport? report, CommandResult? error) = await ReviewHandler.BuildAsync(new ReviewCommand(command.About, null, null), context, requester, services, cancellationToken);
        return report is null ? error! : answer(report);
    }

    private static CommandResult Completed(ReviewReport report)
    {
        List<ActionItem> done = report.CompletedOnTime.Concat(report.CompletedLate).ToList();
        List<ActionItem> onGoals = done.Where(i => i.GoalId is not null).ToList();
        string period = $"{ReviewHandler.Day(report.From)} – {ReviewHandler.Day(report.To)}";
        string text = onGoals.Count == 0
            ? $"{report.Person.DisplayName} completed {done.Count} items in {period}, none linked to a goal."
            : $"{report.Person.DisplayName} completed {onGoals.Count} goal-linked items in {period}:\n"
                + string.Join("\n", onGoals.GroupBy(i => i.GoalId!).OrderBy(g => g.Key, StringComparer.Ordinal)
                    .Select(g => $"• {g.Key}: " + string.Join(", ", g.Select(i => $"{i.Number} {i.Title}"))));
        return new CommandResult { Text = text };
    }

    private static CommandResult Development(ReviewReport report)
    {
        IReadOnlyList<ActionItem> items = report.PreviousDevelopmentItems;
        string text = items.Count == 0
            ? $"{report.Person.DisplayName} had no development items from the previous review period ({ReviewHandler.Day(report.PreviousFrom)} – {ReviewHandler.Day(report.From.AddDays(-1))})."
            : $"{items.Count(i => i.Status == ItemStatus.Done)} of {items.Count} development items from the previous review period are done:\n"
                + string.Join("\n", items.Select(i => $"• {i.Number} {i.Title}: {(i.Status == ItemStatus.Done ? "done" : i.Status.ToString().ToLowerInvariant())}"));
        return new CommandResult { Text = text };
    }

    private static CommandResult Discuss(ReviewReport report, RequesterProfile requester, ExecutionServices services)
    {
        DateTimeOffset now = services.Time.GetUtcNow();
        string text = report.ToDiscuss.Count == 0
            ? $"Nothing open needs discussing in {report.Person.DisplayName}'s review."
            : $"To discuss in {report.Person.DisplayName}'s review:\n" + string.Join("\n", report.ToDiscuss.Select(i => "• " + ItemPresenter.Line(i, requester.TimeZoneId, now)));
        var list = new ItemListView("To discuss", report.ToDiscuss.Select(i => ItemPresenter.Summary(i, requester.TimeZoneId, now)).ToList(), HasMore: false, "Nothing to discuss.");
        return new CommandResult { Text = text, Views = [list] };
    }
}
