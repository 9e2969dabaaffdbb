using System.Text.Json.Nodes;
using ActionTracker.Core.Views;
using static ActionTracker.Teams.Cards.CardElements;

namespace ActionTracker.Teams.Cards;

/// <summary>A review report: the headline figures, then the open items to discuss.</summary>
internal static class ReviewCard
{
    public static JsonObject Render(ReviewView view)
    {
        var body = new JsonArray(Text(view.Title, bold: true, size: "Medium"));
        foreach (string fact in view.Facts)
        {
            body.Add(Text(fact));
        }

        body.Add(Text(view.ToDiscuss.Count == 0 ? "Nothing open needs discussing." : "To discuss", bold: true));
        foreach (ItemSummary item in view.ToDiscuss.Take(15))
        {
            body.Add(Text(item.Number + " " + item.Title + " · " + (item.Due ?? "no date") + (item.IsOverdue ? " (overdue)" : string.Empty), color: item.IsOverdue ? "Attention" : null));
        }

        return Card(body, AdaptiveCardRenderer.Actions(view.Actions));
    }
}
