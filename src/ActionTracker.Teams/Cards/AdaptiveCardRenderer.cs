using System.Text;
using System.Text.Json.Nodes;
using ActionTracker.Core.Execution;
using ActionTracker.Core.Items;
using ActionTracker.Core.Views;
using ActionTracker.Teams.Protocol;
using static ActionTracker.Teams.Cards.CardElements;

namespace ActionTracker.Teams.Cards;

/// <summary>Pure rendering of Core's channel-neutral views to Adaptive Cards 1.5.</summary>
public static class AdaptiveCardRenderer
{
    /// <summary>Cards stay below the strictest Teams limit (incoming webhooks), far under the 100 KB message cap.</summary>
    public const int MaxCardBytes = 28 * 1024;

    /// <summary>The verb of a card's refresh action (read-only: it only shows the item).</summary>
    public const string RefreshVerb = "refresh";

    public static OutboundActivity ToActivity(CommandResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (result.Views.Count == 0)
        {
            return new OutboundActivity { Text = result.Text, TextFormat = "plain" };
        }

        var attachments = result.Views.Select(v => new Attachment { ContentType = ActivityTypes.AdaptiveCardContentType, Content = Render(v) }).ToList();
        return new OutboundActivity { Attachments = attachments };
    }

    public static JsonObject Render(ChatView view) => view switch
    {
        ItemCardView item => ItemCard(item),
        ItemListView list => ItemListCard.Render(list),
        DecisionListView decisions => DecisionList(decisions),
        HelpView help => Help(help),
        ErrorView error => Error(error),
        ConfirmView confirm => Card(new JsonArray(Text(confirm.Question, bold: true)), Actions(confirm.Actions)),
        PeopleListView people => Card(Lines(people.Title, people.People, people.People.Count == 0 ? "Nobody yet." : null)),
        DigestView digest => DigestCard.Render(digest),
        GoalView goal => GoalCard.Render(goal),
        ReviewView review => ReviewCard.Render(review),
        DraftReviewView draft => DraftReviewCard.Render(draft),
        _ => Card(new JsonArray(Text("This answer cannot be shown in Teams yet."))),
    };

    /// <summary>The refreshed card after a card action: the new state, with the message on top when it failed.</summary>
    public static JsonObject Refreshed(CommandResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        ChatView? primary = result.Views.FirstOrDefault(v => v is not ErrorView) ?? (result.Views.Count > 0 ? result.Views[0] : null);
        JsonObject card = primary is null ? Card(new JsonArray(Text(result.Text))) : Render(primary);
        if (!result.Succeeded && primary is not ErrorView)
        {
            ((JsonArray)card["body"]!).Insert(0, Text(result.Text, color: "Attention"));
        }

        return card;
    }

    public static JsonObject ItemCard(ItemCardView item)
    {
        ArgumentNullException.ThrowIfNull(item);
        var body = new JsonArray
        {
            Text(item.Number + " " + item.Title, bold: true, size: "Medium"),
            Facts(
            [
                ("Owner", item.OwnerName ?? "nobody yet"),
                ("Due", item.Due is null ? "no date" : item.IsOverdue ? item.Due + " (overdue)" : item.Due),
                ("Priority", item.Priority.ToString()),
                ("Status", StatusText(item.Status)),
                ("Reason", item.StatusReason),
                ("Goal", item.GoalId),
                ("Context", item.Context),
                ("Notes", item.Notes),
                ("Watchers", item.Watchers.Count == 0 ? null : string.Join(", ", item.Watchers)),
            ]),
        };
        if (item.History.Count > 0)
        {
            body.Add(Text("History", bold: true));
            body.Add(Text(string.Join("\n\n", item.History.TakeLast(20)), subtle: true));
        }

        JsonObject card = Card(body, Actions(item.Actions));
        card["refresh"] = Refresh(item.Number);
        return card;
    }

    /// <summary>
    /// Universal Actions refresh: a client showing the card asks the bot for the current state, so every viewer sees
    /// changes made anywhere. Without <c>userIds</c> Teams refreshes automatically for everyone in conversations of up
    /// to 60 members (larger ones get "Refresh card"); the card message itself is also updated in place after a change.
    /// </summary>
    public static JsonObject Refresh(ItemNumber number)
    {
        var data = new JsonObject { ["command"] = "show " + number, ["item"] = number.Value };
        return new JsonObject
        {
            ["action"] = new JsonObject { ["type"] = "Action.Execute", ["title"] = "Refresh", ["verb"] = RefreshVerb, ["data"] = data },
        };
    }

    public static string StatusText(ItemStatus status) => status switch
    {
        ItemStatus.InProgress => "In progress",
        _ => status.ToString(),
    };

    internal static JsonArray Actions(IEnumerable<ViewAction> actions) => new(actions.Select(a => (JsonNode)Action(a)).ToArray());

    private static JsonObject DecisionList(DecisionListView view)
    {
        var body = new JsonArray(Text(view.Title, bold: true, size: "Medium"));
        if (view.Decisions.Count == 0)
        {
            body.Add(Text("No decisions recorded yet."));
        }

        foreach (DecisionSummary decision in view.Decisions)
        {
            body.Add(Text(decision.Id + " " + decision.Text));
            string where = decision.Where is null ? string.Empty : " in " + decision.Where;
            body.Add(Text(decision.RecordedBy + ", " + decision.DecidedOn + where, subtle: true));
        }

        JsonArray? actions = view.HasMore ? new JsonArray(Execute(new ViewAction(ViewActionKind.More, "More", "more decisions"), "More")) : null;
        return Card(body, actions);
    }

    private static JsonObject Help(HelpView view)
    {
        var body = new JsonArray(Text(view.Title, bold: true, size: "Medium"));
        foreach (var topic in view.Topics)
        {
            var text = new StringBuilder().Append("**").Append(topic.Verb).Append("** ").Append(topic.Summary);
            body.Add(Text(text.ToString()));
            body.Add(Text(topic.Usage, subtle: true));
        }

        return Card(body);
    }

    private static JsonObject Error(ErrorView view)
    {
        var body = new JsonArray(Text(view.Message, color: "Attention"));
        if (view.Usage is not null)
        {
            body.Add(Text("Usage: " + view.Usage, subtle: true));
        }

        if (view.Suggestion is not null)
        {
            body.Add(Text("Did you mean: " + view.Suggestion + "?"));
        }

        return Card(body);
    }

    private static JsonArray Lines(string title, IEnumerable<string> lines, string? empty)
    {
        var body = new JsonArray(Text(title, bold: true, size: "Medium"));
        foreach (string line in lines)
        {
            body.Add(Text(line));
        }

        if (empty is not null)
        {
            body.Add(Text(empty, subtle: true));
        }

        return body;
    }
}
