using System.Text.Json;

namespace ActionTracker.Core.Transcripts;

/// <summary>Reads a model's answer text; anything that is not the asked-for JSON object is no answer.</summary>
public static class ModelAnswerReader
{
    /// <summary>The answer, or null when the text is empty, not JSON, or has neither "items" nor "decisions".</summary>
    public static ModelAnswer? Read(string? text)
    {
        string json = StripFence(text?.Trim() ?? string.Empty);
        if (json.Length == 0)
        {
            return null;
        }

        try
        {
            ModelAnswer? answer = JsonSerializer.Deserialize(json, ModelAnswerJsonContext.Default.ModelAnswer);
            return answer is { Items: null, Decisions: null } ? null : answer;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>Some OpenAI-compatible servers ignore the response format and wrap the JSON in a Markdown fence.</summary>
    private static string StripFence(string text)
    {
        if (!text.StartsWith("```", StringComparison.Ordinal) || !text.EndsWith("```", StringComparison.Ordinal) || text.Length < 6)
        {
            return text;
        }

        int firstLine = text.IndexOf('\n', StringComparison.Ordinal);
        return firstLine < 0 ? string.Empty : text[(firstLine + 1)..^3].Trim();
    }
}
