using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ActionTracker.Teams.Tests.Cards;

/// <summary>Compares JSON with <c>Golden/&lt;name&gt;.json</c>; a mismatch writes <c>.received.json</c>, <c>UPDATE_GOLDEN=1</c> accepts.</summary>
internal static class GoldenFile
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static void Verify(string name, JsonNode actual, [CallerFilePath] string callerPath = "")
    {
        string directory = Path.Combine(Path.GetDirectoryName(Path.GetDirectoryName(callerPath))!, "Golden");
        string expectedPath = Path.Combine(directory, name + ".json");
        string receivedPath = Path.Combine(directory, name + ".received.json");
        string text = actual.ToJsonString(Indented) + "\n";
        if (Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(expectedPath, text);
            File.Delete(receivedPath);
            return;
        }

        JsonNode? expected = File.Exists(expectedPath) ? JsonNode.Parse(File.ReadAllText(expectedPath)) : null;
        if (!JsonNode.DeepEquals(expected, actual))
        {
            File.WriteAllText(receivedPath, text);
            Assert.Fail($"{name} differs from its golden file; see {receivedPath} (UPDATE_GOLDEN=1 accepts).");
        }

        File.Delete(receivedPath);
    }
}
