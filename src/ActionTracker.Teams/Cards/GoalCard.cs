using System.Text.Json.Nodes;
using ActionTracker.Core.Views;
using static ActionTracker.Teams.Cards.CardElements;

namespace ActionTracker.Teams.Cards;

/// <summary>A goal: progress, milestones, the items that need a push and the linked items (first 15).</summary>
internal static class GoalCard
{
    private const int MaxItems = 15;

    public static JsonObject Render(GoalView view)
    {
        var body = new JsonArray(
            Text(view.Id + " " + view.Title, bold: true, size: "Medium"),
            Text(view.Owner + " · " + (view.Due is null ? "no due date" : "due " + view.Due), subtle: true),
            Text("Progress: " + view.Progress, bold: true));
        foreach (string milestone in view.Milestones)
        {
            body.Add(Text(milestone));
        }

        if (view.Overdue.Count > 0)
        {
            body.Add(Text("Overdue: " + string.Join(", ", view.Overdue), color: "Attention"));
        }

        if (view.Stalled.Count > 0)
        {
            body.Add(Text("Stalled (no activity in 14 days): " + string.Join(", ", view.Stalled), color: "Warning"));
        }

        foreach (ItemSummary item in view.Items.Take(MaxItems))
        {
            body.Add(Text(item.Number + " " + item.Title + " · " + (item.OwnerName ?? "no owner") + " · " + AdaptiveCardRenderer.StatusText(item.Status), subtle: true));
        }

        return Card(body);
    }
}
