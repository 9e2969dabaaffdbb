using System.Text.Json;
using ActionTracker.Teams.Cards;

namespace ActionTracker.Teams.Handlers;

/// <summary>The item edit form's two optional fields: a goal to link and a new title.</summary>
internal static class EditForm
{
    /// <summary>The goal typed into the form (null when empty or absent), and whether a title was typed.</summary>
    public static (string? Goal, bool TitleGiven) Read(JsonElement? value)
    {
        if (value is not { ValueKind: JsonValueKind.Object } root
            || !root.TryGetProperty("action", out JsonElement action) || action.ValueKind != JsonValueKind.Object
            || !action.TryGetProperty("data", out JsonElement data) || data.ValueKind != JsonValueKind.Object)
        {
            return (null, false);
        }

        string? goal = Input(data, CardElements.GoalInputField);
        return (goal is { Length: > 0 } ? goal : null, Input(data, CardElements.InputField) is { Length: > 0 });
    }

    private static string? Input(JsonElement data, string pointer) =>
        data.TryGetProperty(pointer, out JsonElement name) && name.ValueKind == JsonValueKind.String
        && data.TryGetProperty(name.GetString()!, out JsonElement v) && v.ValueKind == JsonValueKind.String
            ? v.GetString()!.Trim()
            : null;
}
