using System.Text.Json.Nodes;
using ActionTracker.Slack.Blocks;

namespace ActionTracker.Slack.Tests.Blocks;

/// <summary>Slack's Block Kit limits, checked over a whole payload (no offline validator exists).</summary>
internal static class LimitChecks
{
    private static readonly string[] BlockTypes = ["section", "context", "actions", "divider", "input", "header"];

    public static void AssertWithin(JsonObject payload, int maxBlocks)
    {
        JsonArray blocks = Assert.IsType<JsonArray>(payload["blocks"]);
        Assert.InRange(blocks.Count, 0, maxBlocks);
        var actionIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (JsonObject block in blocks.Cast<JsonObject>())
        {
            string type = block["type"]!.GetValue<string>();
            Assert.Contains(type, BlockTypes);
            if (block["text"] is JsonObject text)
            {
                Assert.InRange(text["text"]!.GetValue<string>().Length, 1, BlockLimits.SectionText);
            }

            if (block["fields"] is JsonArray fields)
            {
                Assert.InRange(fields.Count, 1, 10);
                Assert.All(fields, f => Assert.InRange(f!["text"]!.GetValue<string>().Length, 1, BlockLimits.FieldText));
            }

            if (type == "actions")
            {
                JsonArray elements = block["elements"]!.AsArray();
                Assert.InRange(elements.Count, 1, BlockLimits.ActionsElements);
                foreach (JsonObject element in elements.Cast<JsonObject>())
                {
                    string actionId = element["action_id"]!.GetValue<string>();
                    Assert.InRange(actionId.Length, 1, BlockLimits.ActionId);
                    Assert.True(actionIds.Add(actionId), "duplicate action_id " + actionId);
                    if (element["type"]!.GetValue<string>() == "button")
                    {
                        Assert.InRange(element["text"]!["text"]!.GetValue<string>().Length, 1, BlockLimits.ButtonText);
                        Assert.InRange(element["value"]!.GetValue<string>().Length, 1, BlockLimits.ButtonValue);
                    }
                }
            }
        }
    }
}
