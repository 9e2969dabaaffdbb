using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Nodes;
using Xunit;

namespace ActionTracker.TestSupport;

/// <summary>
/// Golden-file checks: <c>Golden/&lt;name&gt;</c> beside the calling test's folder must match; a mismatch writes
/// <c>&lt;name&gt;.received</c> next to it for review, and <c>UPDATE_GOLDEN=1</c> accepts the new output.
/// </summary>
public static class GoldenFile
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>JSON compared by value (<see cref="JsonNode.DeepEquals"/>), stored as <c>Golden/&lt;name&gt;.json</c>.</summary>
    public static void Verify(string name, JsonNode actual, [CallerFilePath] string callerPath = "")
    {
        ArgumentNullException.ThrowIfNull(actual);
        string path = PathFor(name + ".json", callerPath);
        string received = PathFor(name + ".received.json", callerPath);
        string text = actual.ToJsonString(Indented) + "\n";
        if (Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(path, text);
            File.Delete(received);
            return;
        }

        JsonNode? expected = File.Exists(path) ? JsonNode.Parse(File.ReadAllText(path)) : null;
        if (!JsonNode.DeepEquals(expected, actual))
        {
            File.WriteAllText(received, text);
            Assert.Fail($"{name} differs from its golden file; see {received} (UPDATE_GOLDEN=1 accepts).");
        }

        File.Delete(received);
    }

    /// <summary>Text compared exactly, stored as <c>Golden/&lt;fileName&gt;</c>.</summary>
    public static void VerifyText(string fileName, string actual, [CallerFilePath] string callerPath = "")
    {
        string path = PathFor(fileName, callerPath);
        if (Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(path, actual);
        }

        string expected = File.Exists(path) ? File.ReadAllText(path) : string.Empty;
        if (expected != actual)
        {
            File.WriteAllText(path + ".received", actual);
        }

        Assert.Equal(expected, actual);
    }

    /// <summary>Golden files live in <c>Golden/</c> of the test project: one folder above the calling test's folder.</summary>
    private static string PathFor(string fileName, string callerPath) =>
        Path.Combine(Path.GetDirectoryName(Path.GetDirectoryName(callerPath))!, "Golden", fileName);
}
