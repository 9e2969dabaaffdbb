using System.Globalization;
using ActionTracker.Core.Commands;
using ActionTracker.Core.Dates;
using ActionTracker.Core.Items;
using ActionTracker.Core.People;
using ActionTracker.Core.Ports;
using ActionTracker.Core.Reviews;
using ActionTracker.Core.Views;

namespace ActionTracker.Core.Execution;

/// <summary><c>review</c>: only the person, their manager and admins may see it.</summary>
internal static class ReviewHandler
{
    /// <summary>The default period when no dates are given.</summary>
    public const int DefaultDays = 90;

    public static async Task<CommandResult> ExecuteAsync(ReviewCommand command, CommandContext context, RequesterProfile requester, ExecutionServices services, CancellationToken cancellationToken)
    {
        (ReviewReport? report, CommandResult? error) = await BuildAsync(command, context, requester, services, cancellationToken);
        return report is null ? error! : Render(report, requester.TimeZoneId, services.Time.GetUtcNow());
    }

    /// <summary>The report, or the refusal/error answer; shared with <c>ask</c>.</summary>
    public static async Task<(ReviewReport? Report, CommandResult? Error)> BuildAsync(
        ReviewCommand command, CommandContext context, RequesterProfile requester, ExecutionServices services, CancellationToken cancellationToken)
    {
        DateTimeOffset now = services.Time.GetUtcNow();
        PersonRef person = requester.Person;
        if (command.Person is not null)
        {
            (PersonRef? resolved, string? error) = await PersonResolver.ResolveAsync(command.Person, context, services, cancellationToken);
            if (resolved is null)
            {
                return (null, CommandResult.Error(error!, HelpCatalog.Find("review")?.Usage));
            }

            person = resolved;
        }

        Person? profile = person.Id == requester.Person.Id ? requester.Stored : await services.People.GetAsync(context.Tenant, person.Id, cancellationToken);
        if (person.Id != requester.Person.Id && profile?.Manager?.Id != requester.Person.Id && !requester.IsAdmin)
        {
            return (null, CommandResult.Error($"Reviews are visible only to the person, their manager and admins; you can't see {person.DisplayName}'s."));
        }

        var dates = new DateContext(now, requester.TimeZoneId, context.DateOrder);
        DateOnly today = ZonedTime.Today(now, requester.TimeZoneId);
        DateOnly to = today;
        DateOnly from = today.AddDays(-DefaultDays + 1);
        if (command.ToText is { } toText)
        {
            if (SinceDates.Resolve(toText, dates) is not ResolvedDate resolvedTo)
            {
                return (null, CommandResult.Error($"I couldn't read '{toText}' as a past date.", HelpCatalog.Find("review")?.Usage));
            }

            to = resolvedTo.Date;
        }

        if (command.FromText is { } fromText)
        {
            if (SinceDates.Resolve(fromText, dates) is not ResolvedDate resolvedFrom)
            {
                return (null, CommandResult.Error($"I couldn't read '{fromText}' as a past date.", HelpCatalog.Find("review")?.Usage));
            }

            from = resolvedFrom.Date;
        }

        if (from > to)
        {
            return (null, CommandResult.Error($"The period starts ({Day(from)}) after it ends ({Day(to)}).", HelpCatalog.Find("review")?.Usage));
        }

        var items = new List<ActionItem>();
        string? token = null;
        do
        {
            ResultPage<ActionItem> page = await services.Items.ListByOwnerAsync(context.Tenant, person.Id, ItemListFilter.All, token, 1000, cancellationToken);
            items.AddRange(page.Items);
            token = page.ContinuationToken;
        }
        while (token is not null);

        return (ReviewReportBuilder.Build(person, items, from, to, requester.TimeZoneId, now), null);
    }

    private static CommandResult Render(ReviewReport report, string zone, DateTimeOffset now)
    {
        int completed = report.CompletedOnTime.Count + report.CompletedLate.Count;
        var lines = new List<string>
        {
            $"Review for {report.Person.DisplayName}, {Day(report.From)} – {Day(report.To)}",
            completed == 0
                ? "Completed: none in this period."
                : $"Completed: {completed} ({report.CompletedOnTime.Count} on time, {report.CompletedLate.Count} late) — by goal: "
                    + string.Join(", ", report.CompletedByGoal.OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key} {g.Value}")),
            $"Slipped: {report.Missed.Count} still open past their date" + (report.Missed.Count == 0 ? string.Empty : ": " + string.Join(", ", report.Missed.Select(i => i.Number.ToString()))),
            "Completion rate: " + (report.CompletionRate is { } rate ? string.Create(CultureInfo.InvariantCulture, $"{rate * 100:0}%") : "nothing was due")
                + " · median days late: " + (report.MedianDaysLate is { } median ? median.ToString("0.#", CultureInfo.InvariantCulture) : "none late"),
        };
        lines.Add(report.PreviousDevelopmentItems.Count == 0
            ? $"Development items from the previous period ({Day(report.PreviousFrom)} – {Day(report.From.AddDays(-1))}): none."
            : $"Development items from the previous period ({Day(report.PreviousFrom)} – {Day(report.From.AddDays(-1))}): "
                + $"{report.PreviousDevelopmentItems.Count(i => i.Status == ItemStatus.Done)} of {report.PreviousDevelopmentItems.Count} done: "
                + string.Join(", ", report.PreviousDevelopmentItems.Select(i => $"{i.Number} {(i.Status == ItemStatus.Done ? "done" : i.Status.ToString().ToLowerInvariant())}")));
        lines.Add(report.ToDiscuss.Count == 0 ? "To discuss: nothing open needs attention." : "To discuss: " + string.Join(", ", report.ToDiscuss.Select(i => i.Number.ToString())));
        var view = new ReviewView
        {
            Title = lines[0],
            Facts = lines.Skip(1).Take(lines.Count - 2).ToList(),
            ToDiscuss = report.ToDiscuss.Select(i => ItemPresenter.Summary(i, zone, now)).ToList(),
        };
        return new CommandResult { Text = string.Join("\n", lines), Views = [view] };
    }

    public static string Day(DateOnly day) => day.ToString("ddd d MMM yyyy", CultureInfo.InvariantCulture);
}
