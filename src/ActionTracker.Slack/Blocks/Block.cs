using System.Text.Json.Nodes;

namespace ActionTracker.Slack.Blocks;

/// <summary>Small constructors for Block Kit JSON; every text passed in is already escaped where it is mrkdwn.</summary>
internal static class Block
{
    public static JsonObject PlainText(string text, int max) => new()
    {
        ["type"] = "plain_text",
        ["text"] = Mrkdwn.Truncate(text.Length == 0 ? " " : text, max),
        ["emoji"] = true,
    };

    public static JsonObject MrkdwnText(string text, int max) => new()
    {
        ["type"] = "mrkdwn",
        ["text"] = Mrkdwn.Truncate(text.Length == 0 ? " " : text, max),
    };

    public static JsonObject Section(string mrkdwn) => new()
    {
        ["type"] = "section",
        ["text"] = MrkdwnText(mrkdwn, BlockLimits.SectionText),
    };

    public static JsonObject Section(string mrkdwn, IEnumerable<string> fields)
    {
        JsonObject section = Section(mrkdwn);
        var array = new JsonArray();
        foreach (string field in fields.Take(10))
        {
            array.Add(MrkdwnText(field, BlockLimits.FieldText));
        }

        if (array.Count > 0)
        {
            section["fields"] = array;
        }

        return section;
    }

    public static JsonObject Context(IEnumerable<string> mrkdwnParts)
    {
        var elements = new JsonArray();
        foreach (string part in mrkdwnParts.Take(BlockLimits.ContextElements))
        {
            elements.Add(MrkdwnText(part, BlockLimits.SectionText));
        }

        return new JsonObject { ["type"] = "context", ["elements"] = elements };
    }

    public static JsonObject Divider() => new() { ["type"] = "divider" };

    public static JsonObject Actions(JsonArray elements) => new() { ["type"] = "actions", ["elements"] = elements };
}
