using System.Text;
using System.Text.Json.Nodes;
using ActionTracker.Core.Views;
using static ActionTracker.Teams.Cards.CardElements;

namespace ActionTracker.Teams.Cards;

/// <summary>A list of items, one row each, with a More button; rows are dropped from the end to respect the size cap.</summary>
internal static class ItemListCard
{
    public static JsonObject Render(ItemListView view)
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

    private static JsonObject Build(ItemListView view, int count)
    {
        var body = new JsonArray(Text(view.Title, bold: true, size: "Medium"));
        if (view.Items.Count == 0)
        {
            body.Add(Text(view.EmptyText, subtle: true));
        }

        foreach (ItemSummary item in view.Items.Take(count))
        {
            body.Add(Row(item));
        }

        bool more = view.HasMore || count < view.Items.Count;
        JsonArray? actions = more ? new JsonArray(Execute(new ViewAction(ViewActionKind.More, "More", "more"), "More")) : null;
        return Card(body, actions);
    }

    private static JsonObject Row(ItemSummary item)
    {
        string details = (item.OwnerName ?? "no owner") + " · " + (item.Due ?? "no date") + (item.IsOverdue ? " (overdue)" : string.Empty)
                         + " · " + item.Priority + " · " + AdaptiveCardRenderer.StatusText(item.Status);
        return new JsonObject
        {
            ["type"] = "Container",
            ["separator"] = true,
            ["items"] = new JsonArray(
                Text(item.Number + " " + item.Title, bold: true),
                Text(details, subtle: true, color: item.IsOverdue ? "Attention" : null)),
        };
    }
}
