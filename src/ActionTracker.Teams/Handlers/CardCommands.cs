using System.Text.Json;
using ActionTracker.Teams.Cards;

namespace ActionTracker.Teams.Handlers;

/// <summary>The command a card button carries: in an <c>adaptiveCard/action</c> invoke, or an Action.Submit message's value.</summary>
public static class CardCommands
{
    /// <summary>The command of an <c>adaptiveCard/action</c> invoke's <c>action.data</c>.</summary>
    public static (string Text, long? Item)? FromInvoke(JsonElement? value) =>
        value is { ValueKind: JsonValueKind.Object } root
        && root.TryGetProperty("action", out JsonElement action) && action.ValueKind == JsonValueKind.Object
        && action.TryGetProperty("data", out JsonElement data)
            ? FromData(data)
            : null;

    /// <summary>The command in a button's data (Action.Execute data, or an Action.Submit message's value).</summary>
    public static (string Text, long? Item)? FromData(JsonElement data)
    {
        if (data.ValueKind != JsonValueKind.Object
            || !data.TryGetProperty("command", out JsonElement command) || command.ValueKind != JsonValueKind.String)
        {
            return null;
        }

        string text = command.GetString()!;
        if (text.EndsWith(' '))
        {
            // A button that needs input: the card's input value completes the command.
            string input = data.TryGetProperty(CardElements.InputField, out JsonElement name) && name.ValueKind == JsonValueKind.String
                           && data.TryGetProperty(name.GetString()!, out JsonElement v) && v.ValueKind == JsonValueKind.String
                ? v.GetString()!.Trim()
                : string.Empty;
            text += input;
        }

        if (data.TryGetProperty(DraftReviewCard.FieldsKey, out JsonElement fields) && fields.ValueKind == JsonValueKind.Object)
        {
            // A form with several inputs (a draft item's title, owner and due): each filled one is added as name=value.
            foreach (JsonProperty field in fields.EnumerateObject())
            {
                if (field.Value.ValueKind == JsonValueKind.String && data.TryGetProperty(field.Value.GetString()!, out JsonElement input)
                    && input.ValueKind == JsonValueKind.String && input.GetString()!.Trim() is { Length: > 0 } value)
                {
                    text += " " + field.Name + "=" + value;
                }
            }
        }

        long? item = data.TryGetProperty("item", out JsonElement i) && i.ValueKind == JsonValueKind.Number && i.TryGetInt64(out long n) ? n : null;
        return string.IsNullOrWhiteSpace(text) ? null : (text.Trim(), item);
    }
}
