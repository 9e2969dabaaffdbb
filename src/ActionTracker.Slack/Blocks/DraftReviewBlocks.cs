using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using ActionTracker.Core.Views;

namespace ActionTracker.Slack.Blocks;

/// <summary>The transcript review card: a section and a row of buttons per item (20 items fit in 50 blocks), then decisions.</summary>
internal static class DraftReviewBlocks
{
    public static IEnumerable<JsonObject> Render(DraftReviewView view, string scope)
    {
        yield return Block.Section("*" + Mrkdwn.Escape(view.Title) + "*\n" + Mrkdwn.Escape(view.Subtitle));
        foreach (DraftReviewLine line in view.Items)
        {
            yield return Block.Section(Line(line));
            if (line.Actions.Count > 0)
            {
                JsonArray elements = ActionElements.Render(line.Actions, scope + ".i" + line.Index.ToString(CultureInfo.InvariantCulture));
                if (elements.Count > 0)
                {
                    yield return Block.Actions(elements);
                }
            }
        }

        if (view.Decisions.Count > 0)
        {
            var text = new StringBuilder("*Decisions*");
            foreach (DraftReviewDecision decision in view.Decisions)
            {
                text.Append("\n• ").Append(Mrkdwn.Escape(decision.Text));
                if (decision.SavedAs is { } id)
                {
                    text.Append(" _(").Append(Mrkdwn.Escape(id)).Append(")_");
                }
            }

            yield return Block.Section(text.ToString());
        }

        if (view.AwaitingAnswer.Count > 0)
        {
            yield return Block.Context(["Not answered yet: " + Mrkdwn.Escape(string.Join(", ", view.AwaitingAnswer))]);
        }

        if (view.Actions.Count > 0)
        {
            JsonArray elements = ActionElements.Render(view.Actions, scope + ".all");
            if (elements.Count > 0)
            {
                yield return Block.Actions(elements);
            }
        }
    }

    private static string Line(DraftReviewLine line)
    {
        var text = new StringBuilder();
        text.Append('*').Append(line.Index.ToString(CultureInfo.InvariantCulture)).Append(". ").Append(Mrkdwn.Escape(line.Title)).Append('*');
        var facts = new List<string>
        {
            line.OwnerId is { Length: > 0 } id && id.StartsWith('U') ? "<@" + Mrkdwn.Escape(id) + ">" : Mrkdwn.Escape(line.Owner ?? "no owner"),
            line.Due is { } due ? "due " + Mrkdwn.Escape(due) : "no date",
            line.ConfidencePercent.ToString(CultureInfo.InvariantCulture) + "% sure",
            "_" + Mrkdwn.Escape(line.State) + "_",
        };
        text.Append('\n').Append(string.Join(" · ", facts));
        string said = line.Speaker is { } speaker ? Mrkdwn.Escape(speaker) + (line.Timestamp is { } at ? " at " + at : string.Empty) : line.Timestamp ?? string.Empty;
        text.Append("\n>").Append(Mrkdwn.Escape(line.Quote)).Append(said.Length > 0 ? " — " + said : string.Empty);
        if (line.PossibleDuplicateOf is { } duplicate)
        {
            text.Append("\n:warning: possible duplicate of ").Append(Mrkdwn.Escape(duplicate)).Append(" (`show ").Append(Mrkdwn.Escape(duplicate)).Append("`)");
        }

        return text.ToString();
    }
}
