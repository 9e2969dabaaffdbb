using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using ActionTracker.Core.Items;
using ActionTracker.Core.Views;

namespace ActionTracker.Slack.Blocks;

/// <summary>One Core view → its blocks. All user text is escaped here.</summary>
internal static class ViewBlocks
{
    public static IEnumerable<JsonObject> Render(ChatView view, string scope) => view switch
    {
        ItemCardView card => Card(card, scope),
        ItemListView list => List(list, scope),
        DecisionListView decisions => Decisions(decisions),
        HelpView help => Help(help),
        ErrorView error => Error(error),
        ConfirmView confirm => Confirm(confirm, scope),
        PeopleListView people => People(people),
        DigestView digest => Digest(digest, scope),
        GoalView goal => Goal(goal),
        ReviewView review => Review(review, scope),
        DraftReviewView draft => DraftReviewBlocks.Render(draft, scope),
        _ => [],
    };

    private static IEnumerable<JsonObject> Card(ItemCardView card, string scope)
    {
        string heading = "*" + card.Number + "* " + Mrkdwn.Escape(card.Title) + (card.IsOverdue ? "  :warning: _overdue_" : string.Empty);
        var fields = new List<string>
        {
            "*Owner*\n" + (card.OwnerId is { Length: > 0 } id ? "<@" + Mrkdwn.Escape(id) + ">" : Mrkdwn.Escape(card.OwnerName ?? "nobody")),
            "*Due*\n" + Mrkdwn.Escape(card.Due ?? "no date"),
            "*Priority*\n" + card.Priority,
            "*Status*\n" + StatusText(card.Status) + (card.StatusReason is { Length: > 0 } reason ? " (" + Mrkdwn.Escape(reason) + ")" : string.Empty),
        };
        yield return Block.Section(heading, fields);

        var details = new List<string>();
        if (card.GoalId is { Length: > 0 } goal)
        {
            details.Add("Goal " + Mrkdwn.Escape(goal));
        }

        if (card.Context is { Length: > 0 } context)
        {
            details.Add(Mrkdwn.Escape(context));
        }

        if (card.Notes is { Length: > 0 } notes)
        {
            details.Add("Notes: " + Mrkdwn.Escape(notes));
        }

        if (card.Watchers.Count > 0)
        {
            details.Add("Watching: " + Mrkdwn.Escape(string.Join(", ", card.Watchers)));
        }

        if (details.Count > 0)
        {
            yield return Block.Context(details);
        }

        if (card.History.Count > 0)
        {
            yield return Block.Section("*History*\n" + Mrkdwn.Escape(string.Join('\n', card.History.TakeLast(30))));
        }

        if (card.Actions.Count > 0)
        {
            JsonArray elements = ActionElements.Render(card.Actions, scope);
            if (elements.Count > 0)
            {
                yield return Block.Actions(elements);
            }
        }
    }

    private static IEnumerable<JsonObject> List(ItemListView list, string scope)
    {
        yield return Block.Section("*" + Mrkdwn.Escape(list.Title) + "*");
        if (list.Items.Count == 0)
        {
            yield return Block.Context([Mrkdwn.Escape(list.EmptyText)]);
            yield break;
        }

        foreach (ItemSummary item in list.Items.Take(BlockLimits.ListItemsPerMessage))
        {
            yield return Block.Section(ListLine(item));
        }

        if (list.HasMore || list.Items.Count > BlockLimits.ListItemsPerMessage)
        {
            yield return Block.Actions(ActionElements.Render([new ViewAction(ViewActionKind.More, "More", "more")], scope));
        }
    }

    private static string ListLine(ItemSummary item)
    {
        var line = new StringBuilder();
        line.Append('*').Append(item.Number.ToString()).Append("* ").Append(Mrkdwn.Escape(item.Title));
        var facts = new List<string>();
        if (item.OwnerName is { Length: > 0 } owner)
        {
            facts.Add(Mrkdwn.Escape(owner));
        }

        if (item.Due is { Length: > 0 } due)
        {
            facts.Add((item.IsOverdue ? ":warning: " : string.Empty) + "due " + Mrkdwn.Escape(due));
        }

        if (item.Priority is Priority.High or Priority.Urgent)
        {
            facts.Add(item.Priority.ToString());
        }

        facts.Add(StatusText(item.Status));
        line.Append('\n').Append(string.Join(" · ", facts));
        return line.ToString();
    }

    /// <summary>The weekly digest: a quiet week is one line; otherwise each section with at most 10 lines.</summary>
    private static IEnumerable<JsonObject> Digest(DigestView view, string scope)
    {
        yield return Block.Section("*" + Mrkdwn.Escape(view.Title) + "*\n" + Mrkdwn.Escape(view.Summary));
        if (view.IsQuiet)
        {
            yield break;
        }

        foreach ((string heading, IReadOnlyList<string> lines) in new[]
        {
            ("Completed", view.Completed.Select(ListLine).ToList()),
            ("In progress", view.InProgress.Select(ListLine).ToList()),
            ("Needs attention", view.NeedsAttention.Select(a => ListLine(a.Item) + " — _" + Mrkdwn.Escape(string.Join(", ", a.Reasons)) + "_").ToList()),
            ("Decisions", view.Decisions.Select(d => "*" + Mrkdwn.Escape(d.Id) + "* " + Mrkdwn.Escape(d.Text)).ToList()),
            ("By owner", view.Owners.Select(o => string.Create(CultureInfo.InvariantCulture, $"{Mrkdwn.Escape(o.Owner)}: {o.Open} open, {o.Completed} done, {o.Overdue} overdue")).ToList()),
        })
        {
            if (lines.Count == 0)
            {
                continue;
            }

            string more = lines.Count > 10 ? string.Create(CultureInfo.InvariantCulture, $"\n_…and {lines.Count - 10} more_") : string.Empty;
            yield return Block.Section("*" + heading + "*\n" + string.Join('\n', lines.Take(10)) + more);
        }

        JsonArray elements = ActionElements.Render(view.Actions, scope);
        if (elements.Count > 0)
        {
            yield return Block.Actions(elements);
        }
    }

    private static IEnumerable<JsonObject> Goal(GoalView view)
    {
        yield return Block.Section("*" + Mrkdwn.Escape(view.Id) + " " + Mrkdwn.Escape(view.Title) + "*\n" + Mrkdwn.Escape(view.Owner)
            + " · " + Mrkdwn.Escape(view.Due is null ? "no due date" : "due " + view.Due) + "\n*Progress:* " + Mrkdwn.Escape(view.Progress));
        var notes = new List<string>(view.Milestones.Select(Mrkdwn.Escape));
        if (view.Overdue.Count > 0)
        {
            notes.Add(":warning: Overdue: " + Mrkdwn.Escape(string.Join(", ", view.Overdue)));
        }

        if (view.Stalled.Count > 0)
        {
            notes.Add("Stalled (no activity in 14 days): " + Mrkdwn.Escape(string.Join(", ", view.Stalled)));
        }

        if (notes.Count > 0)
        {
            yield return Block.Section(string.Join('\n', notes));
        }

        foreach (ItemSummary item in view.Items.Take(15))
        {
            yield return Block.Section(ListLine(item));
        }
    }

    private static IEnumerable<JsonObject> Review(ReviewView view, string scope)
    {
        yield return Block.Section("*" + Mrkdwn.Escape(view.Title) + "*\n" + string.Join('\n', view.Facts.Select(Mrkdwn.Escape)));
        yield return Block.Section(view.ToDiscuss.Count == 0 ? "_Nothing open needs discussing._" : "*To discuss*");
        foreach (ItemSummary item in view.ToDiscuss.Take(20))
        {
            yield return Block.Section(ListLine(item));
        }

        JsonArray elements = ActionElements.Render(view.Actions, scope);
        if (elements.Count > 0)
        {
            yield return Block.Actions(elements);
        }
    }

    private static IEnumerable<JsonObject> Decisions(DecisionListView view)
    {
        yield return Block.Section("*" + Mrkdwn.Escape(view.Title) + "*");
        foreach (DecisionSummary decision in view.Decisions.Take(BlockLimits.ListItemsPerMessage))
        {
            string where = decision.Where is { Length: > 0 } place ? " in " + Mrkdwn.Escape(place) : string.Empty;
            yield return Block.Section(
                "*" + Mrkdwn.Escape(decision.Id) + "* " + Mrkdwn.Escape(decision.Text)
                + "\n_" + Mrkdwn.Escape(decision.RecordedBy) + ", " + Mrkdwn.Escape(decision.DecidedOn) + where + "_");
        }

        if (view.HasMore)
        {
            yield return Block.Context(["More decisions exist: narrow the period to see them."]);
        }
    }

    private static IEnumerable<JsonObject> Help(HelpView view)
    {
        yield return Block.Section("*" + Mrkdwn.Escape(view.Title) + "*");
        foreach (Core.Commands.HelpTopic topic in view.Topics.Take(BlockLimits.ListItemsPerMessage))
        {
            string examples = topic.Examples.Count == 0
                ? string.Empty
                : "\n" + string.Join('\n', topic.Examples.Select(e => "• `" + Mrkdwn.Escape(e) + "`"));
            yield return Block.Section("*" + Mrkdwn.Escape(topic.Verb) + "* — " + Mrkdwn.Escape(topic.Summary) + "\n`" + Mrkdwn.Escape(topic.Usage) + "`" + examples);
        }
    }

    private static IEnumerable<JsonObject> Error(ErrorView view)
    {
        yield return Block.Section(":warning: " + Mrkdwn.Escape(view.Message));
        var hints = new List<string>();
        if (view.Usage is { Length: > 0 } usage)
        {
            hints.Add("Usage: `" + Mrkdwn.Escape(usage) + "`");
        }

        if (view.Suggestion is { Length: > 0 } suggestion)
        {
            hints.Add("Did you mean `" + Mrkdwn.Escape(suggestion) + "`?");
        }

        if (hints.Count > 0)
        {
            yield return Block.Context(hints);
        }
    }

    private static IEnumerable<JsonObject> Confirm(ConfirmView view, string scope)
    {
        yield return Block.Section(Mrkdwn.Escape(view.Question));
        JsonArray elements = ActionElements.Render(view.Actions, scope);
        if (elements.Count > 0)
        {
            yield return Block.Actions(elements);
        }
    }

    private static IEnumerable<JsonObject> People(PeopleListView view)
    {
        string body = view.People.Count == 0 ? "_nobody_" : string.Join('\n', view.People.Select(p => "• " + Mrkdwn.Escape(p)));
        yield return Block.Section("*" + Mrkdwn.Escape(view.Title) + "*\n" + body);
    }

    private static string StatusText(ItemStatus status) => status switch
    {
        ItemStatus.InProgress => "In progress",
        _ => status.ToString(),
    };

    public static string Scope(int index) => "v" + index.ToString(CultureInfo.InvariantCulture);
}
