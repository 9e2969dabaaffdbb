using System.Text.Json;
using System.Text.Json.Nodes;

namespace ActionTracker.Slack.Protocol;

/// <summary>Tolerant reads from inbound Slack JSON: a missing or differently typed field is simply absent.</summary>
public static class Json
{
    public static string? Str(JsonNode? node, params string[] path)
    {
        JsonNode? current = node;
        foreach (string name in path)
        {
            current = current is JsonObject obj ? obj[name] : null;
        }

        return current is JsonValue value && value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : null;
    }

    public static bool Bool(JsonNode? node, params string[] path)
    {
        JsonNode? current = node;
        foreach (string name in path)
        {
            current = current is JsonObject obj ? obj[name] : null;
        }

        return current is JsonValue value && value.GetValueKind() == JsonValueKind.True;
    }

    public static JsonObject? Obj(JsonNode? node, params string[] path)
    {
        JsonNode? current = node;
        foreach (string name in path)
        {
            current = current is JsonObject obj ? obj[name] : null;
        }

        return current as JsonObject;
    }

    public static JsonObject? TryParseObject(ReadOnlySpan<byte> utf8)
    {
        try
        {
            return JsonNode.Parse(utf8) as JsonObject;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    public static JsonObject? TryParseObject(string text)
    {
        try
        {
            return JsonNode.Parse(text) as JsonObject;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
