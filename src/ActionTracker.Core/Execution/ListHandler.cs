using ActionTracker.Core.Commands;
using ActionTracker.Core.Dates;
using ActionTracker.Core.Items;
using ActionTracker.Core.People;
using ActionTracker.Core.Ports;
using ActionTracker.Core.Views;

namespace ActionTracker.Core.Execution;

/// <summary><c>list …</c> and <c>more</c>: one storage query per page; only items the requester may see are shown.</summary>
internal static class ListHandler
{
    public const int PageSize = 10;

    /// <summary>Watched items have no index: a page scans at most this many store pages of open items.</summary>
    public const int MaxWatchScanPages = 20;

    public static async Task<CommandResult> ListAsync(ListCommand command, CommandContext context, RequesterProfile requester, ItemAccess access, ExecutionServices services, CancellationToken cancellationToken)
    {
        DateTimeOffset now = services.Time.GetUtcNow();
        var query = new ListQuery { Scope = command.Scope, Filter = command.Filter, PersonId = requester.Person.Id, PersonName = "your" };
        switch (command.Scope)
        {
            case ListScope.Person when command.Person is not null:
                (PersonRef? person, string? error) = await PersonResolver.ResolveAsync(command.Person, context, services, cancellationToken);
                if (person is null)
                {
                    return CommandResult.Error(error!, HelpCatalog.Find("list")?.Usage);
                }

                query = query with { PersonId = person.Id, PersonName = person.Id == requester.Person.Id ? "your" : person.DisplayName + "'s" };
                break;
            case ListScope.Team:
                query = query with { ConversationId = context.ConversationId };
                break;
            case ListScope.Goal:
                query = query with { GoalId = command.GoalId };
                break;
            case ListScope.Meeting:
                query = query with { MeetingId = command.MeetingId };
                break;
        }

        switch (command.Filter)
        {
            case ListFilter.Overdue:
                query = query with { To = now };
                break;
            case ListFilter.DueThisWeek:
                DateOnly today = ZonedTime.Today(now, requester.TimeZoneId);
                DateOnly monday = today.AddDays(-(((int)today.DayOfWeek + 6) % 7));
                query = query with
                {
                    From = ZonedTime.ToUtc(monday, TimeOnly.MinValue, requester.TimeZoneId),
                    To = ZonedTime.ToUtc(monday.AddDays(7), TimeOnly.MinValue, requester.TimeZoneId),
                };
                break;
            case ListFilter.DoneSince:
                DateResolution since = SinceDates.Resolve(command.SinceText ?? string.Empty, new DateContext(now, requester.TimeZoneId, context.DateOrder));
                if (since is not ResolvedDate sinceDate)
                {
                    return CommandResult.Error(since is DateError dateError ? dateError.Message : ((DateQuestion)since).Message, HelpCatalog.Find("list")?.Usage);
                }

                query = query with { From = ZonedTime.ToUtc(sinceDate.Date, sinceDate.Time ?? TimeOnly.MinValue, requester.TimeZoneId) };
                break;
        }

        return await ShowPageAsync(query, continuationToken: null, pagesShown: 0, context, requester, access, services, cancellationToken);
    }

    public static async Task<CommandResult> MoreAsync(CommandContext context, RequesterProfile requester, ItemAccess access, ExecutionServices services, CancellationToken cancellationToken)
    {
        ListCursor? cursor = await services.Cursors.GetAsync(context.Tenant, requester.Person.Id, context.ConversationId, cancellationToken);
        if (cursor is null)
        {
            return CommandResult.Error("There is nothing more to show: run `list` first.", HelpCatalog.Find("list")?.Usage);
        }

        return await ShowPageAsync(cursor.Query, cursor.ContinuationToken, cursor.PagesShown, context, requester, access, services, cancellationToken);
    }

    public static ItemListFilter StoreFilter(ListQuery query) => query.Filter switch
    {
        ListFilter.Overdue => new ItemListFilter { OpenOnly = true, DueBefore = query.To, ConversationId = query.ConversationId, MeetingId = query.MeetingId },
        ListFilter.DueThisWeek => new ItemListFilter { OpenOnly = true, DueFrom = query.From, DueBefore = query.To, ConversationId = query.ConversationId, MeetingId = query.MeetingId },
        ListFilter.Blocked => new ItemListFilter { Status = ItemStatus.Blocked, ConversationId = query.ConversationId, MeetingId = query.MeetingId },
        ListFilter.DoneSince => new ItemListFilter { Status = ItemStatus.Done, CompletedSince = query.From, ConversationId = query.ConversationId, MeetingId = query.MeetingId },
        _ => new ItemListFilter { OpenOnly = true, ConversationId = query.ConversationId, MeetingId = query.MeetingId },
    };

    private static async Task<CommandResult> ShowPageAsync(
        ListQuery query, string? continuationToken, int pagesShown, CommandContext context, RequesterProfile requester, ItemAccess access,
        ExecutionServices services, CancellationToken cancellationToken)
    {
        DateTimeOffset now = services.Time.GetUtcNow();
        ItemListFilter filter = StoreFilter(query);
        ResultPage<ActionItem> page = query.Scope switch
        {
            ListScope.Mine or ListScope.Person => await services.Items.ListByOwnerAsync(context.Tenant, query.PersonId!, filter, continuationToken, PageSize, cancellationToken),
            ListScope.Goal => await services.Items.ListByGoalAsync(context.Tenant, query.GoalId!, filter, continuationToken, PageSize, cancellationToken),
            ListScope.Watching => await WatchedPageAsync(context, query.PersonId!, filter, continuationToken, services, cancellationToken),
            _ => await services.Items.ListAsync(context.Tenant, filter, continuationToken, PageSize, cancellationToken),
        };

        var visible = new List<ActionItem>();
        foreach (ActionItem item in page.Items)
        {
            if (await access.CanSeeAsync(item, cancellationToken))
            {
                visible.Add(item);
            }
        }

        // Only a listing that continues needs a cursor; `more` says which listing it continues.
        if (page.ContinuationToken is not null)
        {
            await services.Cursors.SaveAsync(context.Tenant, requester.Person.Id, context.ConversationId, new ListCursor(query, page.ContinuationToken, pagesShown + 1), cancellationToken);
        }
        else if (continuationToken is not null)
        {
            await services.Cursors.SaveAsync(context.Tenant, requester.Person.Id, context.ConversationId, null, cancellationToken);
        }

        string title = Title(query) + (pagesShown > 0 ? $" (page {pagesShown + 1})" : string.Empty);
        var view = new ItemListView(title, visible.Select(i => ItemPresenter.Summary(i, requester.TimeZoneId, now)).ToList(), page.HasMore, "Nothing here.");
        var lines = new List<string> { title + ":" };
        lines.AddRange(visible.Count == 0 ? ["Nothing here."] : visible.Select(i => "• " + ItemPresenter.Line(i, requester.TimeZoneId, now)));
        var views = new List<ChatView> { view };
        if (page.HasMore)
        {
            lines.Add("Type `more` for the next page.");
            views.Add(new ConfirmView("There is more.", [new ViewAction(ViewActionKind.More, "More", "more")]));
        }

        return new CommandResult { Text = string.Join("\n", lines), Views = views };
    }

    /// <summary>The tenant's open items, scanned in store order until a page of watched ones is found; `more` continues the scan.</summary>
    private static async Task<ResultPage<ActionItem>> WatchedPageAsync(
        CommandContext context, string personId, ItemListFilter filter, string? continuationToken, ExecutionServices services, CancellationToken cancellationToken)
    {
        var watched = new List<ActionItem>();
        string? token = continuationToken;
        for (int scanned = 0; scanned < MaxWatchScanPages; scanned++)
        {
            ResultPage<ActionItem> page = await services.Items.ListAsync(context.Tenant, filter, token, PageSize, cancellationToken);
            watched.AddRange(page.Items.Where(item => item.Watchers.Any(w => w.Id == personId)));
            token = page.ContinuationToken;
            if (token is null || watched.Count >= PageSize)
            {
                break;
            }
        }

        return new ResultPage<ActionItem>(watched, token);
    }

    private static string Title(ListQuery query)
    {
        string whose = query.Scope switch
        {
            ListScope.Team => "This conversation's",
            ListScope.Goal => $"{query.GoalId}'s",
            ListScope.Meeting => $"{query.MeetingId}'s",
            ListScope.Watching => "Watched",
            _ => query.PersonName == "your" ? "Your" : query.PersonName ?? "Your",
        };
        return query.Filter switch
        {
            ListFilter.Overdue => $"{whose} overdue items",
            ListFilter.DueThisWeek => $"{whose} items due this week",
            ListFilter.Blocked => $"{whose} blocked items",
            ListFilter.DoneSince => $"{whose} items done since {query.From:yyyy-MM-dd}",
            _ => $"{whose} open items",
        };
    }
}
