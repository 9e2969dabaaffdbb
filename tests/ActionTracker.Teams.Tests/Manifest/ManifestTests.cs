using System.Buffers.Binary;
using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using NJsonSchema;

namespace ActionTracker.Teams.Tests.Manifest;

/// <summary>manifests/teams against the published Teams v1.23 schema (bundled), plus the limits the schema does not check.</summary>
public sealed partial class ManifestTests
{
    private static readonly string Folder = Path.Combine(RepoRoot(), "manifests", "teams");

    [Fact]
    public async Task Manifest_ValidatesAgainstPublishedSchema()
    {
        JsonSchema schema = await JsonSchema.FromFileAsync(Path.Combine(Folder, "schema", "MicrosoftTeams.v1.23.schema.json"));

        var errors = schema.Validate(await File.ReadAllTextAsync(Path.Combine(Folder, "manifest.json")));

        Assert.Empty(errors.Select(e => e.ToString()));
    }

    [Fact]
    public async Task Schema_RejectsUnknownProperty()
    {
        JsonSchema schema = await JsonSchema.FromFileAsync(Path.Combine(Folder, "schema", "MicrosoftTeams.v1.23.schema.json"));
        JsonObject manifest = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(Folder, "manifest.json")))!.AsObject();
        manifest["notAManifestField"] = true;

        var errors = schema.Validate(manifest.ToJsonString());

        Assert.NotEmpty(errors);
    }

    [Fact]
    public void Manifest_MeetsLimitsTheSchemaDoesNotCheck()
    {
        JsonObject manifest = JsonNode.Parse(File.ReadAllText(Path.Combine(Folder, "manifest.json")))!.AsObject();

        Assert.Matches(SemVer(), (string?)manifest["version"]);
        JsonArray commands = manifest["composeExtensions"]![0]!["commands"]!.AsArray();
        Assert.All(commands, c => Assert.True(((string?)c!["title"])!.Length <= 32));
        Assert.Contains(commands, c => (string?)c!["title"] == "Create action item" && c["context"]!.AsArray().Any(x => (string?)x == "message"));
        Assert.Equal(["personal", "team", "groupChat"], manifest["bots"]![0]!["scopes"]!.AsArray().Select(s => (string)s!));
        Assert.Contains(manifest["authorization"]!["permissions"]!["resourceSpecific"]!.AsArray(), p => (string?)p!["name"] == "OnlineMeetingTranscript.Read.Chat");
    }

    [Theory]
    [InlineData("color.png", 192)]
    [InlineData("outline.png", 32)]
    public void Icon_HasRequiredSize(string file, int size)
    {
        byte[] png = File.ReadAllBytes(Path.Combine(Folder, file));

        Assert.Equal(0x89, png[0]);
        Assert.Equal(size, BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16, 4)));
        Assert.Equal(size, BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20, 4)));
        Assert.Equal(6, png[25]);
    }

    [GeneratedRegex(@"^\d+\.\d+\.\d+$")]
    private static partial Regex SemVer();

    private static string RepoRoot([CallerFilePath] string path = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(path)!, "..", "..", ".."));
}
