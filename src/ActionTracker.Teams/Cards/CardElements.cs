using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using ActionTracker.Core.Views;

namespace ActionTracker.Teams.Cards;

/// <summary>Small builders for Adaptive Card 1.5 elements, so renderers read like the card they produce.</summary>
internal static class CardElements
{
    public const string Schema = "http://adaptivecards.io/schemas/adaptive-card.json";
    public const string Version = "1.5";
    /// <summary>Names the input whose value completes a button's command (ids must be unique per card).</summary>
    public const string InputField = "input";

    /// <summary>Names the edit form's goal input, whose value links the item before the title changes.</summary>
    public const string GoalInputField = "goalInput";

    private const string GoalInputId = "goalValue";

    public static JsonObject Card(JsonArray body, JsonArray? actions = null)
    {
        var card = new JsonObject
        {
            ["type"] = "AdaptiveCard",
            ["$schema"] = Schema,
            ["version"] = Version,
            ["body"] = body,
        };
        if (actions is { Count: > 0 })
        {
            card["actions"] = actions;
        }

        return card;
    }

    public static JsonObject Text(string text, bool bold = false, bool subtle = false, string? size = null, string? color = null)
    {
        var block = new JsonObject { ["type"] = "TextBlock", ["text"] = text, ["wrap"] = true };
        if (size is not null)
        {
            block["size"] = size;
        }

        if (bold)
        {
            block["weight"] = "Bolder";
        }

        if (subtle)
        {
            block["isSubtle"] = true;
        }

        if (color is not null)
        {
            block["color"] = color;
        }

        return block;
    }

    public static JsonObject Facts(IEnumerable<(string Title, string? Value)> facts)
    {
        var array = new JsonArray();
        foreach ((string title, string? value) in facts)
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                array.Add(new JsonObject { ["title"] = title, ["value"] = value });
            }
        }

        return new JsonObject { ["type"] = "FactSet", ["facts"] = array };
    }

    /// <summary>A button: Action.Execute carrying the command, or a ShowCard with the input the command needs.</summary>
    public static JsonObject Action(ViewAction action)
    {
        ArgumentNullException.ThrowIfNull(action);
        if (!action.Command.EndsWith(' '))
        {
            return Execute(action, action.Label);
        }

        string inputId = Verb(action.Kind) + "Value";
        JsonObject input = action.Kind is ViewActionKind.NewDate or ViewActionKind.Snooze or ViewActionKind.ProposeDate
            ? new JsonObject { ["type"] = "Input.Date", ["id"] = inputId, ["label"] = "Date", ["isRequired"] = true, ["errorMessage"] = "Pick a date" }
            : new JsonObject
            {
                ["type"] = "Input.Text",
                ["id"] = inputId,
                ["label"] = action.Kind switch
                {
                    ViewActionKind.Reassign => "New owner (name or email)",
                    ViewActionKind.AddDevelopment => "Development item (optionally ending in due DATE)",
                    _ => "New text",
                },
                ["isRequired"] = true,
                ["maxLength"] = 500,
                ["errorMessage"] = "Enter a value",
            };
        JsonObject save = Execute(action, "Save");
        save["data"]![InputField] = inputId;
        var inputs = new JsonArray(input);
        if (action.Kind == ViewActionKind.Edit && action.Item is not null)
        {
            // The edit form also links the item to a goal; either field may be left empty.
            input["isRequired"] = false;
            input["label"] = "New title (empty keeps it)";
            inputs.Add(new JsonObject
            {
                ["type"] = "Input.Text",
                ["id"] = GoalInputId,
                ["label"] = "Goal or milestone (e.g. G7 or G7.2; empty keeps it)",
                ["maxLength"] = 30,
            });
            save["data"]![GoalInputField] = GoalInputId;
        }

        JsonObject inner = Card(inputs, new JsonArray(save));
        inner.Remove("$schema");
        return new JsonObject { ["type"] = "Action.ShowCard", ["title"] = action.Label, ["card"] = inner };
    }

    public static JsonObject Execute(ViewAction action, string title)
    {
        ArgumentNullException.ThrowIfNull(action);
        var data = new JsonObject { ["command"] = action.Command };
        if (action.Item is { } item)
        {
            data["item"] = item.Value;
        }

        if (action.Revision is { } revision)
        {
            data["revision"] = revision;
        }

        // Clients without Action.Execute send the same data as a message with a value.
        var fallback = new JsonObject { ["type"] = "Action.Submit", ["title"] = title, ["data"] = data.DeepClone() };
        return new JsonObject
        {
            ["type"] = "Action.Execute",
            ["title"] = title,
            ["verb"] = Verb(action.Kind),
            ["data"] = data,
            ["fallback"] = fallback,
        };
    }

    public static string Verb(ViewActionKind kind) => JsonNamingPolicy.CamelCase.ConvertName(kind.ToString());

    public static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);
}
