using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using ActionTracker.Core.People;
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

    /// <summary>The people picker's field: an Entra object id, the id Teams people have in the bot.</summary>
    public const string OwnerIdField = "ownerId";

    /// <summary>The dialog with the create form: the message text as the title, its author proposed as the owner.</summary>
    public static JsonObject FetchResponse(JsonElement? value, PersonRef requester)
    {
        ArgumentNullException.ThrowIfNull(requester);
        string title = MessageText(value);
        if (title.Length > MaxTitleLength)
        {
            title = title[..MaxTitleLength].TrimEnd();
        }

        var body = new JsonArray
        {
            new JsonObject { ["type"] = "Input.Text", ["id"] = "title", ["label"] = "Action item", ["value"] = title, ["isRequired"] = true, ["maxLength"] = MaxTitleLength, ["errorMessage"] = "Say what needs to be done" },
            new JsonObject
            {
                // Teams' people picker: the organisation's users, submitted as an Entra object id.
                ["type"] = "Input.ChoiceSet",
                ["id"] = OwnerIdField,
                ["label"] = "Owner (optional)",
                ["style"] = "filtered",
                ["isMultiSelect"] = false,
                ["choices"] = OwnerChoices(value, requester, out string preselected),
                ["value"] = preselected,
                ["choices.data"] = new JsonObject { ["type"] = "Data.Query", ["dataset"] = "graph.microsoft.com/users" },
            },
            new JsonObject { ["type"] = "Input.Text", ["id"] = "owner", ["label"] = "Or owner by name or email (optional)", ["maxLength"] = 100 },
            new JsonObject { ["type"] = "Input.Date", ["id"] = "due", ["label"] = "Due (optional)" },
            new JsonObject { ["type"] = "Input.Text", ["id"] = "goal", ["label"] = "Goal or milestone (e.g. G7 or G7.2, optional)", ["maxLength"] = 30 },
            new JsonObject
            {
                ["type"] = "Input.ChoiceSet",
                ["id"] = "priority",
                ["label"] = "Priority",
                ["style"] = "compact",
                ["value"] = "normal",
                ["choices"] = new JsonArray(
                    Choice("Low", "low"), Choice("Normal", "normal"), Choice("High", "high"), Choice("Urgent", "urgent")),
            },
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
            // Typed on purpose (or the client has no people picker): it wins over the preselected picker value.
            command += " @\"" + owner.Replace("\"", string.Empty, StringComparison.Ordinal) + "\"";
        }
        else if (PickedOwner(value) is { } ownerId)
        {
            command += " <@" + ownerId + ">";
        }

        string priority = Field(data, "priority");
        if (priority is "low" or "high" or "urgent")
        {
            command += " priority " + priority;
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

    /// <summary>The owner chosen in the people picker, when it is a well-formed id (never text that could end the mention).</summary>
    public static string? PickedOwner(JsonElement? value)
    {
        if (value is not { ValueKind: JsonValueKind.Object } root || !root.TryGetProperty("data", out JsonElement data) || data.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        string id = Field(data, OwnerIdField);
        return id.Length is > 0 and <= 100 && id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or ':' or '.' or '_' or '@') ? id : null;
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

    private static JsonObject Choice(string title, string value) => new() { ["title"] = title, ["value"] = value };

    /// <summary>The message's author (preselected) and the requester, so the picker is useful before anyone types.</summary>
    private static JsonArray OwnerChoices(JsonElement? value, PersonRef requester, out string preselected)
    {
        var choices = new JsonArray();
        preselected = requester.Id;
        if (value is { ValueKind: JsonValueKind.Object } root
            && root.TryGetProperty("messagePayload", out JsonElement payload) && payload.ValueKind == JsonValueKind.Object
            && payload.TryGetProperty("from", out JsonElement from) && from.ValueKind == JsonValueKind.Object
            && from.TryGetProperty("user", out JsonElement user) && user.ValueKind == JsonValueKind.Object
            && Field(user, "id") is { Length: > 0 } authorId && PersonRef.IsValidId(authorId) && authorId != requester.Id)
        {
            string name = Field(user, "displayName");
            choices.Add(Choice((name.Length > 0 ? name : authorId) + " (wrote the message)", authorId));
            preselected = authorId;
        }

        choices.Add(Choice(requester.DisplayName + " (me)", requester.Id));
        return choices;
    }

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
