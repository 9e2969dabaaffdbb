using System.Text.Json;
using ActionTracker.Bot.Tests.Infrastructure;

namespace ActionTracker.Bot.Tests.Cli;

/// <summary>The <c>extract</c> verb of the real executable: no storage, no settings, DESIGN §6 JSON.</summary>
public sealed class ExtractCommandTests : IDisposable
{
    private const string Transcript = """
        WEBVTT

        1
        00:00:05.000 --> 00:00:08.000
        <v Lena Park>Thanks all, the launch is in two weeks.</v>

        2
        00:01:10.250 --> 00:01:14.000
        <v Omar Haddad>I'll send the revised budget to finance by Friday.</v>

        3
        00:01:15.000 --> 00:01:17.000
        <v Lena Park>Great. We agreed to move the launch to March.</v>
        """;

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "extract-cli-" + Guid.NewGuid().ToString("N"));

    public ExtractCommandTests() => Directory.CreateDirectory(_folder);

    [Fact]
    public async Task Extract_Json_PrintsOneDocumentWithExplicitNulls()
    {
        string file = Write("meeting.vtt", Transcript);

        (int exit, string stdout, string stderr) = await RunAsync("extract", file, "--meeting-date", "2026-11-23", "--json");

        Assert.Equal(0, exit);
        using JsonDocument json = JsonDocument.Parse(stdout);
        JsonElement item = Assert.Single(json.RootElement.GetProperty("items").EnumerateArray());
        Assert.Equal("Send the revised budget to finance", item.GetProperty("task").GetString());
        Assert.Equal("Omar Haddad", item.GetProperty("owner").GetString());
        Assert.Equal("2026-11-27", item.GetProperty("due").GetString());
        Assert.Equal("I'll send the revised budget to finance by Friday.", item.GetProperty("quote").GetString());
        Assert.Equal("00:01:10.250", item.GetProperty("timestamp").GetString());
        Assert.InRange(item.GetProperty("confidence").GetDouble(), 0, 1);
        JsonElement decision = Assert.Single(json.RootElement.GetProperty("decisions").EnumerateArray());
        Assert.Equal("Move the launch to March", decision.GetProperty("text").GetString());
        Assert.Equal("00:01:15.000", decision.GetProperty("timestamp").GetString());
        Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Extract_NoMeetingDate_WritesDueAsExplicitNull()
    {
        string file = Write("meeting.txt", "Omar Haddad: I'll send the revised budget to finance by Friday.\nLena Park: Thanks.\n");

        (int exit, string stdout, _) = await RunAsync("extract", file, "--json");

        Assert.Equal(0, exit);
        using JsonDocument json = JsonDocument.Parse(stdout);
        JsonElement item = Assert.Single(json.RootElement.GetProperty("items").EnumerateArray());
        Assert.Equal(JsonValueKind.Null, item.GetProperty("due").ValueKind);
        Assert.Equal(JsonValueKind.Null, item.GetProperty("timestamp").ValueKind);
    }

    [Fact]
    public async Task Extract_WithoutJson_PrintsAReadableSummary()
    {
        string file = Write("meeting.vtt", Transcript);

        (int exit, string stdout, _) = await RunAsync("extract", file);

        Assert.Equal(0, exit);
        Assert.Contains("Action items (1):", stdout, StringComparison.Ordinal);
        Assert.Contains("Send the revised budget to finance", stdout, StringComparison.Ordinal);
        Assert.Contains("owner: Omar Haddad", stdout, StringComparison.Ordinal);
        Assert.Contains("Decisions (1):", stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("empty.vtt", "", "empty")]
    [InlineData("notes.vtt", "WEBVTT\n\n", "no cues")]
    public async Task Extract_UnreadableTranscript_ExitsOneWithMessage(string name, string content, string message)
    {
        string file = Write(name, content);

        (int exit, string stdout, string stderr) = await RunAsync("extract", file, "--json");

        Assert.Equal(1, exit);
        Assert.Equal(string.Empty, stdout);
        Assert.Contains(message, stderr, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Extract_MissingFile_ExitsOne()
    {
        (int exit, string stdout, string stderr) = await RunAsync("extract", Path.Combine(_folder, "nope.vtt"));

        Assert.Equal(1, exit);
        Assert.Equal(string.Empty, stdout);
        Assert.Contains("cannot read", stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(2, "extract")]
    [InlineData(2, "extract", "--json")]
    [InlineData(2, "extract", "a.vtt", "b.vtt")]
    [InlineData(2, "extract", "a.vtt", "--bogus")]
    [InlineData(2, "extract", "a.vtt", "--meeting-date")]
    [InlineData(1, "extract", "a.vtt", "--meeting-date", "23/11/2026")]
    public async Task Extract_BadArguments_ExitWithUsageOrInputError(int expected, params string[] args)
    {
        (int exit, string stdout, string stderr) = await RunAsync(args);

        Assert.Equal(expected, exit);
        Assert.Equal(string.Empty, stdout);
        Assert.NotEmpty(stderr);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Write(string name, string content)
    {
        string path = Path.Combine(_folder, name);
        File.WriteAllText(path, content);
        return path;
    }

    // No storage and no platform settings: extract must work with none configured.
    private static Task<(int ExitCode, string Stdout, string Stderr)> RunAsync(params string[] args) =>
        BotProcess.RunAsync(new Dictionary<string, string?> { ["ASPNETCORE_ENVIRONMENT"] = "Production" }, args);
}
