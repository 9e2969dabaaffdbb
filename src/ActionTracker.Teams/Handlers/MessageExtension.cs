using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using ActionTracker.Teams.Cards;
using ActionTracker.Teams.Protocol;

namespace ActionTracker.Teams.Handlers;

/// <summary>
/// The "Create action item" message action: a dialog pre-filled from the message, then the add command built from
/// the submitted form. Message bodies are HTML from other users: tags are dropped and the text is capped.
/// </summary>
public static partial class MessageExtension
{
    public const string FetchTask = "composeExtension/fetchTask";
    public const string SubmitAction = "composeExtension/submitAction";
    public const int MaxTitleLength = 200;

    /// <summary>The dialog with the create form.</summary>
    public static JsonObject FetchResponse(JsonElement? value)
    {
        string title = MessageText(value);
        if (title.Length > MaxTitleLength)
        {
            title = title[..MaxTitleLength].TrimEnd();
        }

        var body = new JsonArray
        {
            new JsonObject { ["type"] = "Input.Text", ["id"] = "title", ["label"] = "Action item", ["value"] = title, ["isRequired"] = true, ["maxLength"] = MaxTitleLength, ["errorMessage"] = "Say what needs to be done" },
            new JsonObject { ["type"] = "Input.Text", ["id"] = "owner", ["label"] = "Owner (name or email, optional)", ["maxLength"] = 100 },
            new JsonObject { ["type"] = "Input.Date", ["id"] = "due", ["label"] = "Due (optional)" },
            new JsonObject { ["type"] = "Input.Text", ["id"] = "goal", ["label"] = "Goal or milestone (e.g. G7 or G7.2, optional)", ["maxLength"] = 30 },
        };
        JsonObject form = CardElements.Card(body, new JsonArray(new JsonObject { ["type"] = "Action.Submit", ["title"] = "Create", ["data"] = new JsonObject { ["command"] = "create" } }));
        return Dialog("Create action item", form);
    }

    /// <summary>The add command for a submitted form, or null when the title is missing.</summary>
    public static string? AddCommand(JsonElement? value)
    {
        if (value is not { ValueKind: JsonValueKind.Object } root || !root.TryGetProperty("data", out JsonElement data) || data.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        string title = Field(data, "title");
        if (title.Length == 0)
        {
            return null;
        }

        string command = "add " + (title.Length > MaxTitleLength ? title[..MaxTitleLength] : title);
        string owner = Field(data, "owner").TrimStart('@');
        if (owner.Length > 0)
        {
            command += " @\"" + owner.Replace("\"", string.Empty, StringComparison.Ordinal) + "\"";
        }

        string due = Field(data, "due");
        if (due.Length > 0)
        {
            command += " due " + due;
        }

        // One token, so the add parser reports an id that is not a goal instead of reading it as part of the title.
        string goal = Field(data, "goal").Replace(" ", string.Empty, StringComparison.Ordinal);
        if (goal.Length > 0)
        {
            command += " goal " + goal;
        }

        return command;
    }

    public static JsonObject Dialog(string title, JsonObject card) => new()
    {
        ["task"] = new JsonObject
        {
            ["type"] = "continue",
            ["value"] = new JsonObject
            {
                ["title"] = title,
                ["height"] = "medium",
                ["width"] = "medium",
                ["card"] = new JsonObject { ["contentType"] = ActivityTypes.AdaptiveCardContentType, ["content"] = card },
            },
        },
    };

    internal static string MessageText(JsonElement? value)
    {
        if (value is not { ValueKind: JsonValueKind.Object } root
            || !root.TryGetProperty("messagePayload", out JsonElement payload) || payload.ValueKind != JsonValueKind.Object
            || !payload.TryGetProperty("body", out JsonElement body) || body.ValueKind != JsonValueKind.Object
            || !body.TryGetProperty("content", out JsonElement content) || content.ValueKind != JsonValueKind.String)
        {
            return string.Empty;
        }

        string text = Tags().Replace(content.GetString()!, " ");
        return Spaces().Replace(WebUtility.HtmlDecode(text), " ").Trim();
    }

    private static string Field(JsonElement data, string name) =>
        data.TryGetProperty(name, out JsonElement v) && v.ValueKind == JsonValueKind.String
            ? Spaces().Replace(v.GetString()!, " ").Trim()
            : string.Empty;

    [GeneratedRegex("<[^>]*>", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Tags();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Spaces();
}
