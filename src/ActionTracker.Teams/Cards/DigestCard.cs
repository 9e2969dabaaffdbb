using System.Globalization;
using System.Text.Json.Nodes;
using ActionTracker.Core.Views;
using static ActionTracker.Teams.Cards.CardElements;

namespace ActionTracker.Teams.Cards;

/// <summary>The weekly digest: one line for a quiet week, otherwise sections of at most 10 rows with buttons to the full lists.</summary>
internal static class DigestCard
{
    private const int RowsPerSection = 10;

    public static JsonObject Render(DigestView view)
    {
        var body = new JsonArray(Text(view.Title, bold: true, size: "Medium"), Text(view.Summary, subtle: view.IsQuiet));
        if (!view.IsQuiet)
        {
            Section(body, "Completed", view.Completed.Select(Row).ToList());
            Section(body, "In progress", view.InProgress.Select(Row).ToList());
            Section(body, "Needs attention", view.NeedsAttention.Select(a => Row(a.Item) + " — " + string.Join(", ", a.Reasons)).ToList());
            Section(body, "Decisions", view.Decisions.Select(d => d.Id + " " + d.Text).ToList());
            Section(body, "By owner", view.Owners.Select(o => string.Create(CultureInfo.InvariantCulture, $"{o.Owner}: {o.Open} open, {o.Completed} done, {o.Overdue} overdue")).ToList());
        }

        return Card(body, view.Actions.Count == 0 ? null : AdaptiveCardRenderer.Actions(view.Actions));
    }

    private static void Section(JsonArray body, string heading, List<string> rows)
    {
        if (rows.Count == 0)
        {
            return;
        }

        var items = new JsonArray(Text(heading, bold: true));
        foreach (string row in rows.Take(RowsPerSection))
        {
            items.Add(Text(row));
        }

        if (rows.Count > RowsPerSection)
        {
            items.Add(Text(string.Create(CultureInfo.InvariantCulture, $"…and {rows.Count - RowsPerSection} more"), subtle: true));
        }

        body.Add(new JsonObject { ["type"] = "Container", ["separator"] = true, ["items"] = items });
    }

    private static string Row(ItemSummary item) =>
        item.Number + " " + item.Title + " · " + (item.OwnerName ?? "no owner") + " · " + (item.Due ?? "no date");
}
