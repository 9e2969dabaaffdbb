using System.Text.Json;
using ActionTracker.Bot.Tests.Infrastructure;

namespace ActionTracker.Bot.Tests.Extraction;

/// <summary>The <c>extract</c> verb of the real executable with a model configured (how held-out meetings are scored against one).</summary>
public sealed class ExtractCliTests : IAsyncLifetime
{
    private const string ApiKey = "sk-test-0123456789-secret";

    private readonly string _file = Path.Combine(Path.GetTempPath(), "extract-model-" + Guid.NewGuid().ToString("N") + ".vtt");
    private FakeOpenAIServer _server = null!;

    public async Task InitializeAsync()
    {
        _server = await FakeOpenAIServer.StartAsync();
        await File.WriteAllTextAsync(_file, ExtractionTranscripts.Vtt);
    }

    public async Task DisposeAsync()
    {
        File.Delete(_file);
        await _server.DisposeAsync();
    }

    [Fact]
    public async Task Extract_ModelConfigured_PrintsTheCheckedModelDraft()
    {
        _server.Enqueue(FakeOpenAIServer.Reply.Content(ExtractionTranscripts.GoodAnswer));

        (int exit, string stdout, string stderr) = await BotProcess.RunAsync(Environment(), "extract", _file, "--meeting-date", "2026-11-23", "--json");

        Assert.Equal(0, exit);
        using JsonDocument json = JsonDocument.Parse(stdout);
        JsonElement[] items = json.RootElement.GetProperty("items").EnumerateArray().ToArray();
        Assert.Equal(2, items.Length);
        Assert.Equal("Send the revised budget to finance", items[0].GetProperty("task").GetString());
        Assert.Equal("Omar Haddad", items[0].GetProperty("owner").GetString());
        Assert.Equal("2026-11-27", items[0].GetProperty("due").GetString());
        Assert.Equal("00:01:10.250", items[0].GetProperty("timestamp").GetString());
        Assert.StartsWith("model test-model", items[0].GetProperty("reason").GetString(), StringComparison.Ordinal);
        Assert.Single(json.RootElement.GetProperty("decisions").EnumerateArray());
        Assert.Single(_server.Requests);
        Assert.DoesNotContain(ApiKey, stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Extract_ModelRefusesTheKey_PrintsTheRulesDraftAndWarnsOnStderr()
    {
        _server.Enqueue(FakeOpenAIServer.Reply.Error(401, "Incorrect API key provided."));

        (int exit, string stdout, string stderr) = await BotProcess.RunAsync(Environment(), "extract", _file, "--json");

        Assert.Equal(0, exit);
        using JsonDocument json = JsonDocument.Parse(stdout);
        Assert.All(json.RootElement.GetProperty("items").EnumerateArray(), i => Assert.StartsWith("rules (model unavailable): ", i.GetProperty("reason").GetString(), StringComparison.Ordinal));
        Assert.NotEmpty(json.RootElement.GetProperty("items").EnumerateArray());
        Assert.Contains("Extraction:ApiKey", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain(ApiKey, stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("revised budget", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Extract_ProviderWithoutModel_ExitsOneNamingTheSetting()
    {
        Dictionary<string, string?> environment = Environment();
        environment["Extraction__Model"] = null;

        (int exit, string stdout, string stderr) = await BotProcess.RunAsync(environment, "extract", _file, "--json");

        Assert.Equal(1, exit);
        Assert.Equal(string.Empty, stdout);
        Assert.Contains("Extraction:Model is required", stderr, StringComparison.Ordinal);
        Assert.Empty(_server.Requests);
    }

    private Dictionary<string, string?> Environment() => new()
    {
        ["ASPNETCORE_ENVIRONMENT"] = "Production",
        ["Extraction__Provider"] = "openai",
        ["Extraction__Endpoint"] = _server.ApiUrl.AbsoluteUri,
        ["Extraction__Model"] = "test-model",
        ["Extraction__ApiKey"] = ApiKey,
    };
}
