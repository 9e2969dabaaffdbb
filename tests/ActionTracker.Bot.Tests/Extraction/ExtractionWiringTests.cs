using ActionTracker.Bot.Extraction;
using ActionTracker.Bot.Tests.Infrastructure;
using ActionTracker.Core.Transcripts;
using Microsoft.Extensions.DependencyInjection;

namespace ActionTracker.Bot.Tests.Extraction;

/// <summary>The host picks the transcript extractor from Extraction:*; the rules unless a provider is named.</summary>
public sealed class ExtractionWiringTests : IAsyncLifetime
{
    private FakeOpenAIServer _server = null!;

    public async Task InitializeAsync()
    {
        _server = await FakeOpenAIServer.StartAsync();
        _server.Enqueue(FakeOpenAIServer.Reply.Content(ExtractionTranscripts.GoodAnswer));
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task Host_NoProvider_UsesTheRulesAndCallsNoModel()
    {
        // Everything but the provider is set: the endpoint is there, and still never called.
        await using var factory = new BotFactory(settings: Settings(provider: null));

        ITranscriptExtractor extractor = factory.Services.GetRequiredService<ITranscriptExtractor>();
        TranscriptExtraction extraction = await extractor.ExtractAsync(ExtractionTranscripts.Parse(), ExtractionTranscripts.Context, CancellationToken.None);

        Assert.IsType<RuleBasedTranscriptExtractor>(extractor);
        Assert.NotEmpty(extraction.Items);
        Assert.Empty(_server.Requests);
    }

    [Theory]
    [InlineData("Rules")]
    [InlineData(" ")]
    public async Task Host_RulesOrEmptyProvider_UsesTheRules(string provider)
    {
        await using var factory = new BotFactory(settings: Settings(provider));

        Assert.IsType<RuleBasedTranscriptExtractor>(factory.Services.GetRequiredService<ITranscriptExtractor>());
    }

    [Fact]
    public async Task Host_OpenAIProvider_AsksTheModelForTranscriptWork()
    {
        await using var factory = new BotFactory(settings: Settings(provider: "openai"));

        ITranscriptExtractor extractor = factory.Services.GetRequiredService<ITranscriptExtractor>();
        TranscriptExtraction extraction = await extractor.ExtractAsync(ExtractionTranscripts.Parse(), ExtractionTranscripts.Context, CancellationToken.None);

        Assert.IsType<ChatTranscriptExtractor>(extractor);
        Assert.Single(_server.Requests);
        Assert.All(extraction.Items, i => Assert.StartsWith("model test-model", i.Reason, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("gpt", null, "Extraction:Provider must be rules (default), openai or azure-openai")]
    [InlineData("openai", "model-only", "Extraction:ApiKey is required when Extraction:Provider is openai")]
    [InlineData("openai", "key-only", "Extraction:Model is required when Extraction:Provider is openai")]
    [InlineData("azure-openai", "no-endpoint", "Extraction:Endpoint is required when Extraction:Provider is azure-openai")]
    [InlineData("openai", "remote-http", "Extraction:Endpoint must use https")]
    [InlineData("openai", "zero-timeout", "Extraction:TimeoutSeconds must be between 1 and 600")]
    public async Task Start_BadExtractionSettings_StopsNamingTheSetting(string provider, string? variant, string message)
    {
        var environment = new Dictionary<string, string?>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["Storage__ConnectionString"] = "UseDevelopmentStorage=true",
            ["Extraction__Provider"] = provider,
            ["Extraction__Model"] = variant == "key-only" ? null : "test-model",
            ["Extraction__ApiKey"] = variant == "model-only" ? null : "sk-test-0123456789-secret",
            ["Extraction__Endpoint"] = variant switch
            {
                "no-endpoint" => null,
                "remote-http" => "http://models.example.com/v1/",
                _ => "https://models.example.com/v1/",
            },
            ["Extraction__TimeoutSeconds"] = variant == "zero-timeout" ? "0" : null,
        };

        (int exitCode, _, string stderr) = await BotProcess.RunAsync(environment, "--urls", "http://127.0.0.1:0");

        Assert.Equal(2, exitCode);
        Assert.Contains(message, stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("sk-test-0123456789-secret", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);
    }

    private Dictionary<string, string?> Settings(string? provider)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Extraction:Endpoint"] = _server.ApiUrl.AbsoluteUri,
            ["Extraction:Model"] = "test-model",
            ["Extraction:ApiKey"] = "sk-test-0123456789-secret",
        };
        if (provider is not null)
        {
            settings["Extraction:Provider"] = provider;
        }

        return settings;
    }
}
