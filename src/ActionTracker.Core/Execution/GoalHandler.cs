using System.Globalization;
using ActionTracker.Core.Commands;
using ActionTracker.Core.Dates;
using ActionTracker.Core.Goals;
using ActionTracker.Core.Items;
using ActionTracker.Core.People;
using ActionTracker.Core.Ports;
using ActionTracker.Core.Views;

namespace ActionTracker.Core.Execution;

/// <summary>
/// Goals and milestones: create, list, show with progress (completed items over all non-cancelled ones, per goal and
/// per milestone, with overdue and stalled items called out) and linking items to them.
/// </summary>
internal static class GoalHandler
{
    public static readonly TimeSpan StalledAfter = TimeSpan.FromDays(14);

    public static async Task<CommandResult> AddAsync(GoalAddCommand command, CommandContext context, RequesterProfile requester, ExecutionServices services, CancellationToken cancellationToken)
    {
        DateTimeOffset now = services.Time.GetUtcNow();
        PersonRef owner = requester.Person;
        if (command.Owner is not null)
        {
            (PersonRef? resolved, string? error) = await PersonResolver.ResolveAsync(command.Owner, context, services, cancellationToken);
            if (resolved is null)
            {
                return CommandResult.Error(error!, HelpCatalog.Find("goal")?.Usage);
            }

            owner = resolved;
        }

        (DueDate? due, CommandResult? badDate) = OptionalDue(command.DueText, context, requester, now);
        if (badDate is not null)
        {
            return badDate;
        }

        StoreResult<Goal> created = await services.Goals.CreateGoalAsync(
            new Goal { Tenant = context.Tenant, Title = command.Title, Owner = owner, Scope = command.Scope, Due = due, ConversationId = context.ConversationId },
            cancellationToken);
        if (!created.IsOk)
        {
            return CommandResult.Error(created.Message!, HelpCatalog.Find("goal")?.Usage);
        }

        return new CommandResult { Text = "Created " + GoalLine(created.Value!, requester.TimeZoneId) };
    }

    public static async Task<CommandResult> ListAsync(CommandContext context, RequesterProfile requester, ExecutionServices services, CancellationToken cancellationToken)
    {
        List<Goal> goals = (await services.Goals.ListGoalsAsync(context.Tenant, cancellationToken)).Where(g => CanSee(g, requester)).ToList();
        string text = goals.Count == 0
            ? "No goals yet. Add one with `goal add TITLE`."
            : "Goals:\n" + string.Join("\n", goals.Select(g => "• " + GoalLine(g, requester.TimeZoneId)));
        return new CommandResult { Text = text };
    }

    public static async Task<CommandResult> ShowAsync(GoalShowCommand command, CommandContext context, RequesterProfile requester, ItemAccess access, ExecutionServices services, CancellationToken cancellationToken)
    {
        DateTimeOffset now = services.Time.GetUtcNow();
        Goal? goal = await FindAsync(command.GoalId, context, requester, services, cancellationToken);
        if (goal is null)
        {
            return CommandResult.Error($"There is no goal {command.GoalId} that you can see here.", HelpCatalog.Find("goal")?.Usage);
        }

        IReadOnlyList<Milestone> milestones = await services.Goals.ListMilestonesAsync(context.Tenant, goal.Number, cancellationToken);
        var items = new List<ActionItem>();
        string? token = null;
        do
        {
            ResultPage<ActionItem> page = await services.Items.ListByGoalAsync(context.Tenant, command.GoalId, ItemListFilter.All, token, 1000, cancellationToken);
            foreach (ActionItem item in page.Items)
            {
                if (await access.CanSeeAsync(item, cancellationToken))
                {
                    items.Add(item);
                }
            }

            token = page.ContinuationToken;
        }
        while (token is not null);

        var lines = new List<string> { GoalLine(goal, requester.TimeZoneId), "Progress: " + Progress(items, now) };
        foreach (Milestone milestone in milestones)
        {
            string id = string.Create(CultureInfo.InvariantCulture, $"G{goal.Number}.{milestone.Number}");
            string due = milestone.Due is null ? string.Empty : " · due " + DueDates.Format(milestone.Due, requester.TimeZoneId);
            lines.Add($"  {id} {milestone.Title}{due}: {Progress(items.Where(i => i.MilestoneId == id).ToList(), now)}");
        }

        List<ActionItem> stalled = items.Where(i => !i.Status.IsClosed() && now - i.UpdatedAt >= StalledAfter).ToList();
        List<ActionItem> overdue = items.Where(i => ItemPresenter.IsOverdue(i, now)).ToList();
        if (overdue.Count > 0)
        {
            lines.Add("Overdue: " + string.Join(", ", overdue.Select(i => i.Number.ToString())));
        }

        if (stalled.Count > 0)
        {
            lines.Add("Stalled (no activity in 14 days): " + string.Join(", ", stalled.Select(i => i.Number.ToString())));
        }

        var view = new GoalView
        {
            Id = command.GoalId,
            Title = goal.Title,
            Owner = goal.Owner.DisplayName,
            Due = goal.Due is null ? null : DueDates.Format(goal.Due, requester.TimeZoneId),
            Progress = Progress(items, now),
            Milestones = lines.Skip(2).TakeWhile(l => l.StartsWith("  ", StringComparison.Ordinal)).Select(l => l.Trim()).ToList(),
            Items = items.Select(i => ItemPresenter.Summary(i, requester.TimeZoneId, now)).ToList(),
            Overdue = overdue.Select(i => i.Number.ToString()).ToList(),
            Stalled = stalled.Select(i => i.Number.ToString()).ToList(),
        };
        return new CommandResult { Text = string.Join("\n", lines), Views = [view] };
    }

    public static async Task<CommandResult> AddMilestoneAsync(MilestoneAddCommand command, CommandContext context, RequesterProfile requester, ExecutionServices services, CancellationToken cancellationToken)
    {
        DateTimeOffset now = services.Time.GetUtcNow();
        Goal? goal = await FindAsync(command.GoalId, context, requester, services, cancellationToken);
        if (goal is null)
        {
            return CommandResult.Error($"There is no goal {command.GoalId} that you can see here.", HelpCatalog.Find("goal")?.Usage);
        }

        if (goal.Owner.Id != requester.Person.Id && !requester.IsAdmin)
        {
            return CommandResult.Error($"Only {goal.Owner.DisplayName} (the goal's owner) or an admin can add milestones to {command.GoalId}.");
        }

        (DueDate? due, CommandResult? badDate) = OptionalDue(command.DueText, context, requester, now);
        if (badDate is not null)
        {
            return badDate;
        }

        StoreResult<Milestone> created = await services.Goals.CreateMilestoneAsync(
            new Milestone { Tenant = context.Tenant, GoalNumber = goal.Number, Title = command.Title, Due = due }, cancellationToken);
        if (!created.IsOk)
        {
            return CommandResult.Error(created.Message!, HelpCatalog.Find("goal")?.Usage);
        }

        Milestone milestone = created.Value!;
        string milestoneDue = due is null ? string.Empty : " · due " + DueDates.Format(due, requester.TimeZoneId);
        return new CommandResult { Text = string.Create(CultureInfo.InvariantCulture, $"Created milestone G{goal.Number}.{milestone.Number} {milestone.Title}{milestoneDue}") };
    }

    public static async Task<CommandResult> LinkAsync(LinkCommand command, CommandContext context, RequesterProfile requester, ItemAccess access, ExecutionServices services, CancellationToken cancellationToken)
    {
        string? goalId = null;
        string? milestoneId = null;
        if (command.GoalId is { } target)
        {
            if (await CheckTargetAsync(target, context, requester, services, cancellationToken) is { } missing)
            {
                return CommandResult.Error(missing, HelpCatalog.Find("link")?.Usage);
            }

            goalId = target.Split('.')[0];
            milestoneId = target.Contains('.', StringComparison.Ordinal) ? target : null;
        }

        string verb = goalId is null ? "Unlinked:" : "Linked:";
        return await ChangeRunner.RunAsync([command.Number], verb, context, requester, access, services, item =>
            item.GoalId == goalId && item.MilestoneId == milestoneId
                ? ItemChange.None(goalId is null ? $"{item.Number} is not linked to a goal." : $"{item.Number} is already linked to {milestoneId ?? goalId}.")
                : ItemChange.To(item with { GoalId = goalId, MilestoneId = milestoneId }), cancellationToken);
    }

    /// <summary>A goal's or milestone's optional date, in the requester's zone; an unreadable one is an error answer.</summary>
    private static (DueDate? Due, CommandResult? Error) OptionalDue(string? text, CommandContext context, RequesterProfile requester, DateTimeOffset now)
    {
        if (text is null)
        {
            return (null, null);
        }

        DueResolution resolution = DueResolution.Resolve(text, context, requester, requester.TimeZoneId, now);
        return resolution.Due is null
            ? (null, CommandResult.Error(resolution.Error ?? resolution.Question!.Message, HelpCatalog.Find("goal")?.Usage))
            : (resolution.Due, null);
    }

    /// <summary>Null when the goal (and milestone, for <c>G7.2</c>) exists and is visible; otherwise the message saying so.</summary>
    public static async Task<string?> CheckTargetAsync(string target, CommandContext context, RequesterProfile requester, ExecutionServices services, CancellationToken cancellationToken)
    {
        string goalPart = target.Split('.')[0];
        Goal? goal = await FindAsync(goalPart, context, requester, services, cancellationToken);
        if (goal is null)
        {
            return $"There is no goal {goalPart} that you can see here.";
        }

        if (target.Contains('.', StringComparison.Ordinal))
        {
            IReadOnlyList<Milestone> milestones = await services.Goals.ListMilestonesAsync(context.Tenant, goal.Number, cancellationToken);
            if (!milestones.Any(m => string.Create(CultureInfo.InvariantCulture, $"G{goal.Number}.{m.Number}") == target))
            {
                return $"{goalPart} has no milestone {target}.";
            }
        }

        return null;
    }

    /// <summary>Team goals are visible to everyone in the tenant; personal goals to their owner and admins.</summary>
    private static bool CanSee(Goal goal, RequesterProfile requester) =>
        goal.Scope == GoalScope.Team || goal.Owner.Id == requester.Person.Id || requester.IsAdmin;

    private static async Task<Goal?> FindAsync(string goalId, CommandContext context, RequesterProfile requester, ExecutionServices services, CancellationToken cancellationToken)
    {
        if (!long.TryParse(goalId.AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture, out long number))
        {
            return null;
        }

        Goal? goal = await services.Goals.GetGoalAsync(context.Tenant, number, cancellationToken);
        return goal is not null && CanSee(goal, requester) ? goal : null;
    }

    private static string Progress(List<ActionItem> items, DateTimeOffset now)
    {
        List<ActionItem> counted = items.Where(i => i.Status != ItemStatus.Cancelled).ToList();
        if (counted.Count == 0)
        {
            return "no items yet";
        }

        int done = counted.Count(i => i.Status == ItemStatus.Done);
        int overdue = counted.Count(i => ItemPresenter.IsOverdue(i, now));
        return string.Create(CultureInfo.InvariantCulture, $"{done}/{counted.Count} done ({100 * done / counted.Count}%)") + (overdue > 0 ? $", {overdue} overdue" : string.Empty);
    }

    private static string GoalLine(Goal goal, string timeZoneId)
    {
        string due = goal.Due is null ? "no due date" : "due " + DueDates.Format(goal.Due, timeZoneId);
        return string.Create(CultureInfo.InvariantCulture, $"G{goal.Number} {goal.Title} · {goal.Owner.DisplayName} · {due} · {goal.Scope}");
    }
}
