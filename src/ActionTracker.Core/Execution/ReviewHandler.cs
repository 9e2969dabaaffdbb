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
        (PersonRef? person, CommandResult? refused) = await AuthorizeAsync(command.Person, context, requester, services, cancellationToken);
        if (person is null)
        {
            return (null, refused);
        }

        (ReviewPeriod? period, CommandResult? invalid) = ResolvePeriod(command.FromText, command.ToText, context, requester, now);
        if (period is null)
        {
            return (null, invalid);
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

        return (ReviewReportBuilder.Build(person, items, period.From, period.To, requester.TimeZoneId, now), null);
    }

    /// <summary>
    /// <c>review @x add-development TITLE</c>: whoever may see the review agrees a development item in it. The reviewed
    /// person owns it (and accepts it when someone else added it); it keeps the review period so the next review finds it.
    /// </summary>
    public static async Task<CommandResult> AddDevelopmentAsync(
        ReviewDevelopmentCommand command, CommandContext context, RequesterProfile requester, ItemAccess access, ExecutionServices services, CancellationToken cancellationToken)
    {
        (PersonRef? person, CommandResult? refused) = await AuthorizeAsync(command.Person, context, requester, services, cancellationToken);
        if (person is null)
        {
            return refused!;
        }

        (ReviewPeriod? period, CommandResult? invalid) = ResolvePeriod(command.FromText, command.ToText, context, requester, services.Time.GetUtcNow());
        if (period is null)
        {
            return invalid!;
        }

        // Anyone else mentioned in the text watches: a development item belongs to the reviewed person.
        AddCommand item = command.Item with
        {
            Owner = null,
            Watchers = command.Item.Owner is { } mentioned ? [mentioned, .. command.Item.Watchers] : command.Item.Watchers,
        };
        return await AddHandler.CreateAsync(item, null, context, requester, access, services, person, period, cancellationToken);
    }

    /// <summary>The reviewed person when the requester may see their review: themself, their manager, or an admin.</summary>
    private static async Task<(PersonRef? Person, CommandResult? Error)> AuthorizeAsync(
        PersonSpec? spec, CommandContext context, RequesterProfile requester, ExecutionServices services, CancellationToken cancellationToken)
    {
        if (spec is null)
        {
            return (requester.Person, null);
        }

        (PersonRef? person, string? error) = await PersonResolver.ResolveAsync(spec, context, services, cancellationToken);
        if (person is null)
        {
            return (null, CommandResult.Error(error!, HelpCatalog.Find("review")?.Usage));
        }

        if (person.Id == requester.Person.Id)
        {
            return (requester.Person, null);
        }

        Person? profile = await services.People.GetAsync(context.Tenant, person.Id, cancellationToken);
        if (person.DisplayName == person.Id && profile is not null)
        {
            // A mention without a display name (a button's command): the stored profile knows it.
            person = profile.Ref;
        }

        if (!requester.IsAdmin && (await ManagerOfAsync(context, person, profile, services, cancellationToken))?.Id != requester.Person.Id)
        {
            return (null, CommandResult.Error($"Reviews are visible only to the person, their manager and admins; you can't see {person.DisplayName}'s."));
        }

        return (person, null);
    }

    /// <summary>The organisation directory (Graph) decides when it knows the manager; otherwise the mapping admins set.</summary>
    private static async Task<PersonRef?> ManagerOfAsync(CommandContext context, PersonRef person, Person? profile, ExecutionServices services, CancellationToken cancellationToken)
    {
        PersonRef? manager = services.Managers is null ? null : await services.Managers.FindManagerAsync(context.Tenant, person.Id, cancellationToken);
        return manager ?? profile?.Manager;
    }

    private static (ReviewPeriod? Period, CommandResult? Error) ResolvePeriod(string? fromText, string? toText, CommandContext context, RequesterProfile requester, DateTimeOffset now)
    {
        var dates = new DateContext(now, requester.TimeZoneId, context.DateOrder);
        DateOnly today = ZonedTime.Today(now, requester.TimeZoneId);
        DateOnly to = today;
        DateOnly from = today.AddDays(-DefaultDays + 1);
        if (toText is not null)
        {
            if (SinceDates.Resolve(toText, dates) is not ResolvedDate resolvedTo)
            {
                return (null, CommandResult.Error($"I couldn't read '{toText}' as a past date.", HelpCatalog.Find("review")?.Usage));
            }

            to = resolvedTo.Date;
        }

        if (fromText is not null)
        {
            if (SinceDates.Resolve(fromText, dates) is not ResolvedDate resolvedFrom)
            {
                return (null, CommandResult.Error($"I couldn't read '{fromText}' as a past date.", HelpCatalog.Find("review")?.Usage));
            }

            from = resolvedFrom.Date;
        }

        return from > to
            ? (null, CommandResult.Error($"The period starts ({Day(from)}) after it ends ({Day(to)}).", HelpCatalog.Find("review")?.Usage))
            : (new ReviewPeriod(from, to), null);
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
            Actions = [DevelopmentAction(report)],
        };
        return new CommandResult { Text = string.Join("\n", lines), Views = [view] };
    }

    /// <summary>The review card's button: its input (a title, optionally "due DATE") completes the command.</summary>
    public static ViewAction DevelopmentAction(ReviewReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var period = new ReviewPeriod(report.From, report.To);
        string command = $"review <@{report.Person.Id}> from {period.From:yyyy-MM-dd} to {period.To:yyyy-MM-dd} {ReviewCommandParser.AddDevelopment} ";
        return new ViewAction(ViewActionKind.AddDevelopment, "Add development item", command);
    }

    public static string Day(DateOnly day) => day.ToString("ddd d MMM yyyy", CultureInfo.InvariantCulture);
}
