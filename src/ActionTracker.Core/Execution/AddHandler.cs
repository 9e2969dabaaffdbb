using System.Globalization;
using ActionTracker.Core.Commands;
using ActionTracker.Core.Items;
using ActionTracker.Core.People;
using ActionTracker.Core.Ports;
using ActionTracker.Core.Views;

namespace ActionTracker.Core.Execution;

/// <summary><c>add</c> and the natural form: one accountable owner, further mentions watch, the owner accepts when someone else assigned them.</summary>
internal static class AddHandler
{
    public static Task<CommandResult> ExecuteAsync(
        AddCommand command, string? typedText, CommandContext context, RequesterProfile requester, ItemAccess access,
        ExecutionServices services, CancellationToken cancellationToken) =>
        CreateAsync(command, typedText, context, requester, access, services, null, null, cancellationToken);

    /// <summary>Creates the item; a review passes the reviewed person as owner and the period the item was agreed in.</summary>
    public static async Task<CommandResult> CreateAsync(
        AddCommand command, string? typedText, CommandContext context, RequesterProfile requester, ItemAccess access,
        ExecutionServices services, PersonRef? ownerFromReview, Reviews.ReviewPeriod? reviewPeriod, CancellationToken cancellationToken)
    {
        DateTimeOffset now = services.Time.GetUtcNow();
        if (command.IsNaturalForm && !context.IsExplicitCommand && context.ConversationKind == ConversationKind.Personal && typedText is not null)
        {
            // A plain DM might be chat, not a request: ask before creating anything.
            string question = $"Create an action item “{command.Title}”?";
            return new CommandResult
            {
                Text = question,
                Views =
                [
                    new ConfirmView(question, [
                        new ViewAction(ViewActionKind.Confirm, "Create it", "add " + typedText.Trim()),
                        new ViewAction(ViewActionKind.Dismiss, "No thanks", "help"),
                    ]),
                ],
            };
        }

        PersonRef owner = ownerFromReview ?? requester.Person;
        if (command.Owner is not null)
        {
            (PersonRef? resolved, string? error) = await PersonResolver.ResolveAsync(command.Owner, context, services, cancellationToken);
            if (resolved is null)
            {
                return CommandResult.Error(error!, HelpCatalog.Find("add")?.Usage);
            }

            owner = resolved;
        }

        var watchers = new List<PersonRef>();
        foreach (PersonSpec spec in command.Watchers)
        {
            (PersonRef? watcher, string? error) = await PersonResolver.ResolveAsync(spec, context, services, cancellationToken);
            if (watcher is null)
            {
                return CommandResult.Error(error!, HelpCatalog.Find("add")?.Usage);
            }

            if (watcher.Id != owner.Id && watchers.All(w => w.Id != watcher.Id))
            {
                watchers.Add(watcher);
            }
        }

        bool assignedByOther = owner.Id != requester.Person.Id;
        string ownerZone = assignedByOther
            ? (await services.People.GetAsync(context.Tenant, owner.Id, cancellationToken))?.TimeZoneId ?? requester.TimeZoneId
            : requester.TimeZoneId;

        DueDate? due = null;
        if (command.DueText is { } dueText)
        {
            DueResolution resolution = DueResolution.Resolve(dueText, context, requester, ownerZone, now);
            if (resolution.Question is not null && typedText is not null)
            {
                return resolution.Ask(date => "add " + ReplaceLast(typedText.Trim(), dueText, date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
            }

            if (resolution.Due is null)
            {
                return CommandResult.Error(resolution.Error ?? resolution.Question?.Message ?? "That date could not be read.", HelpCatalog.Find("add")?.Usage);
            }

            due = resolution.Due;
        }

        if (due is null && command.Recurrence is { } firstRule && RecurrenceRule.Next(firstRule, Dates.ZonedTime.Today(now, ownerZone)) is { } firstDay)
        {
            // A repeating item without a date starts at its next occurrence.
            due = Dates.DueDates.Create(new Dates.ResolvedDate(firstDay, null), ownerZone, ownerZone);
        }

        string? goal = command.GoalId;
        string? milestone = null;
        if (goal is not null && goal.Contains('.', StringComparison.Ordinal))
        {
            milestone = goal;
            goal = goal[..goal.IndexOf('.', StringComparison.Ordinal)];
        }

        if (goal is not null && await GoalHandler.CheckTargetAsync(command.GoalId!, context, requester, services, cancellationToken) is { } missing)
        {
            return CommandResult.Error(missing, HelpCatalog.Find("add")?.Usage);
        }

        var draft = new ActionItem
        {
            Tenant = context.Tenant,
            Title = command.Title,
            Owner = owner,
            Creator = requester.Person,
            Watchers = watchers,
            Status = assignedByOther ? ItemStatus.Proposed : ItemStatus.Open,
            Priority = command.Priority ?? Priority.Normal,
            Kind = command.Kind,
            Due = due,
            Context = command.Context,
            GoalId = goal,
            MilestoneId = milestone,
            ConversationId = context.ConversationId,
            IsPrivate = context.ConversationKind == ConversationKind.Personal,
            Recurrence = command.Recurrence,
            ReviewPeriod = reviewPeriod,
        };

        StoreResult<ActionItem> created = await services.Items.CreateAsync(draft, requester.Person, cancellationToken);
        if (!created.IsOk)
        {
            return CommandResult.Error(created.Message ?? "The item could not be created.", HelpCatalog.Find("add")?.Usage);
        }

        ActionItem item = created.Value!;
        await TodoSyncTrigger.AfterChangeAsync(null, item, services, cancellationToken);
        var lines = new List<string> { "Created " + ItemPresenter.Line(item, requester.TimeZoneId, now) };
        if (watchers.Count > 0)
        {
            lines.Add($"An item has one accountable owner, so {string.Join(", ", watchers.Select(w => w.DisplayName))} will watch it.");
        }

        if (item.Recurrence is { } rule)
        {
            lines.Add($"It repeats {RecurrenceRule.Describe(rule)}: when it is done, the next one is created.");
        }

        if (VagueItems.IsVague(item))
        {
            lines.Add(VagueItems.Nudge.Replace("#ID", item.Number.ToString(), StringComparison.Ordinal));
        }

        if (assignedByOther)
        {
            string? failed = await Notifications.AskOwnerAsync(item, requester.Person, services, cancellationToken);
            lines.Add(failed ?? $"I've asked {owner.DisplayName} to accept it.");
        }

        return new CommandResult
        {
            Text = string.Join("\n", lines),
            Views = [ItemPresenter.Card(item, requester.TimeZoneId, now, access)],
        };
    }

    private static string ReplaceLast(string text, string find, string replacement)
    {
        int at = text.LastIndexOf(find, StringComparison.OrdinalIgnoreCase);
        return at < 0 ? text : string.Concat(text.AsSpan(0, at), replacement, text.AsSpan(at + find.Length));
    }
}
