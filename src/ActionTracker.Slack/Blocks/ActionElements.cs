using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using ActionTracker.Core.Views;
using ActionTracker.Slack.Protocol;

namespace ActionTracker.Slack.Blocks;

/// <summary>
/// Turns view actions into interactive elements. Buttons carry <see cref="ActionValue"/> JSON; inputs that complete a
/// command (date, person) carry the command prefix in their action_id after <see cref="InputPrefix"/>; Edit and a review's
/// development item open modals.
/// </summary>
public static class ActionElements
{
    public const string ButtonPrefix = "run:";
    public const string InputPrefix = "cmd:";
    public const string EditPrefix = "edit:";

    /// <summary>Opens the development item form of a review.</summary>
    public const string DevelopmentPrefix = "develop:";

    public static JsonArray Render(IReadOnlyList<ViewAction> actions, string scope)
    {
        ArgumentNullException.ThrowIfNull(actions);
        var elements = new JsonArray();
        for (int i = 0; i < actions.Count && elements.Count < BlockLimits.ActionsElements; i++)
        {
            if (Render(actions[i], scope + "." + i.ToString(CultureInfo.InvariantCulture)) is { } element)
            {
                elements.Add(element);
            }
        }

        return elements;
    }

    private static JsonObject? Render(ViewAction action, string scope)
    {
        bool needsInput = action.Command.EndsWith(' ');
        if (needsInput && action.Kind == ViewActionKind.Reassign)
        {
            return Input(action, new JsonObject
            {
                ["type"] = "users_select",
                ["placeholder"] = Block.PlainText(action.Label, BlockLimits.ButtonText),
            });
        }

        if (needsInput && action.Kind is not (ViewActionKind.Edit or ViewActionKind.AddDevelopment))
        {
            return Input(action, new JsonObject
            {
                ["type"] = "datepicker",
                ["placeholder"] = Block.PlainText(action.Label, BlockLimits.ButtonText),
            });
        }

        string value = JsonSerializer.Serialize(
            new ActionValue(action.Command, action.Item?.Value, action.Revision), SlackJsonContext.Default.ActionValue);
        if (value.Length > BlockLimits.ButtonValue)
        {
            return null;
        }

        string prefix = action.Kind switch
        {
            ViewActionKind.Edit => EditPrefix,
            ViewActionKind.AddDevelopment => DevelopmentPrefix,
            _ => ButtonPrefix,
        };
        var button = new JsonObject
        {
            ["type"] = "button",
            ["action_id"] = prefix + action.Kind.ToString().ToLowerInvariant() + "." + scope,
            ["text"] = Block.PlainText(action.Label, BlockLimits.ButtonText),
            ["value"] = value,
        };
        if (action.Kind is ViewActionKind.Done or ViewActionKind.Accept or ViewActionKind.Confirm)
        {
            button["style"] = "primary";
        }
        else if (action.Kind is ViewActionKind.Decline)
        {
            button["style"] = "danger";
        }

        return button;
    }

    private static JsonObject? Input(ViewAction action, JsonObject element)
    {
        string actionId = InputPrefix + action.Command;
        if (actionId.Length > BlockLimits.ActionId)
        {
            return null;
        }

        element["action_id"] = actionId;
        return element;
    }
}
