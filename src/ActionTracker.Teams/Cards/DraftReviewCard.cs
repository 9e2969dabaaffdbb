using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using ActionTracker.Core.Views;
using static ActionTracker.Teams.Cards.CardElements;

namespace ActionTracker.Teams.Cards;

/// <summary>
/// The transcript review card: per item its quote, time and confidence with Accept, Edit (title, owner and due in one
/// form) and Reject; the decisions; the owners who have not answered. Items are dropped from the end to respect the size cap.
/// </summary>
internal static class DraftReviewCard
{
    /// <summary>Names the inputs whose values complete a button's command, as <c>name=value</c> pairs.</summary>
    public const string FieldsKey = "fields";

    public static JsonObject Render(DraftReviewView view)
    {
        int count = view.Items.Count;
        while (true)
        {
            JsonObject card = Build(view, count);
            if (count == 0 || Encoding.UTF8.GetByteCount(card.ToJsonString()) <= AdaptiveCardRenderer.MaxCardBytes)
            {
                return card;
            }

            count = count * 3 / 4;
        }
    }

    private static JsonObject Build(DraftReviewView view, int count)
    {
        var body = new JsonArray(Text(view.Title, bold: true, size: "Medium"), Text(view.Subtitle, subtle: true));
        foreach (DraftReviewLine line in view.Items.Take(count))
        {
            body.Add(Item(view.MeetingId, line));
        }

        if (count < view.Items.Count)
        {
            body.Add(Text($"{view.Items.Count - count} more items do not fit here; type: transcript show {view.MeetingId}", subtle: true));
        }

        if (view.Decisions.Count > 0)
        {
            body.Add(Text("Decisions", bold: true));
            foreach (DraftReviewDecision decision in view.Decisions)
            {
                body.Add(Text("• " + decision.Text + (decision.SavedAs is { } id ? " (" + id + ")" : string.Empty)));
            }
        }

        if (view.AwaitingAnswer.Count > 0)
        {
            body.Add(Text("Not answered yet: " + string.Join(", ", view.AwaitingAnswer), color: "Attention"));
        }

        return Card(body, view.Actions.Count > 0 ? AdaptiveCardRenderer.Actions(view.Actions) : null);
    }

    private static JsonObject Item(string meetingId, DraftReviewLine line)
    {
        string facts = (line.Owner ?? "no owner") + " · " + (line.Due is null ? "no date" : "due " + line.Due) + " · "
                       + line.ConfidencePercent.ToString(CultureInfo.InvariantCulture) + "% sure · " + line.State;
        string said = line.Speaker is { } speaker ? " — " + speaker + (line.Timestamp is { } at ? " at " + at : string.Empty) : line.Timestamp is { } time ? " — " + time : string.Empty;
        var items = new JsonArray
        {
            Text(line.Index.ToString(CultureInfo.InvariantCulture) + ". " + line.Title, bold: true),
            Text(facts, subtle: true),
            Text("“" + line.Quote + "”" + said, subtle: true),
        };
        if (line.PossibleDuplicateOf is { } duplicate)
        {
            items.Add(Text("Possible duplicate of " + duplicate + " (show " + duplicate + ")", color: "Warning"));
        }

        if (line.Actions.Count > 0)
        {
            var actions = new JsonArray();
            foreach (ViewAction action in line.Actions)
            {
                actions.Add(action.Kind == ViewActionKind.Edit ? EditForm(meetingId, line, action) : Execute(action, action.Label));
            }

            items.Add(new JsonObject { ["type"] = "ActionSet", ["actions"] = actions });
        }

        return new JsonObject { ["type"] = "Container", ["separator"] = true, ["items"] = items };
    }

    /// <summary>Edit opens a form with the three fields; Save sends them back as <c>title=… owner=… due=…</c>.</summary>
    private static JsonObject EditForm(string meetingId, DraftReviewLine line, ViewAction action)
    {
        string suffix = meetingId + "_" + line.Index.ToString(CultureInfo.InvariantCulture);
        var title = new JsonObject { ["type"] = "Input.Text", ["id"] = "title" + suffix, ["label"] = "Title", ["value"] = line.Title, ["isRequired"] = true, ["maxLength"] = 500, ["errorMessage"] = "Enter a title" };
        var owner = new JsonObject { ["type"] = "Input.Text", ["id"] = "owner" + suffix, ["label"] = "Owner (name or email)", ["maxLength"] = 200 };
        if (line.Owner is { } name)
        {
            owner["value"] = name;
        }

        var due = new JsonObject { ["type"] = "Input.Date", ["id"] = "due" + suffix, ["label"] = "Due" };
        if (line.Due is { } date)
        {
            due["value"] = date;
        }

        JsonObject save = Execute(action, "Save");
        var fields = new JsonObject { ["title"] = "title" + suffix, ["owner"] = "owner" + suffix, ["due"] = "due" + suffix };
        save["data"]![FieldsKey] = fields.DeepClone();
        save["fallback"]!["data"]![FieldsKey] = fields;
        JsonObject inner = Card(new JsonArray(title, owner, due), new JsonArray(save));
        inner.Remove("$schema");
        return new JsonObject { ["type"] = "Action.ShowCard", ["title"] = action.Label, ["card"] = inner };
    }
}
