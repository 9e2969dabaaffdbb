using ActionTracker.Bot.Extraction;

namespace ActionTracker.Bot.Tests.Extraction;

public sealed class ExtractionOptionsTests
{
    [Theory]
    [InlineData("openai", null, "https://api.openai.com/v1/")]
    [InlineData("openai", "http://127.0.0.1:11434/v1", "http://127.0.0.1:11434/v1/")]
    [InlineData("azure-openai", "https://contoso.openai.azure.com", "https://contoso.openai.azure.com/openai/v1/")]
    [InlineData("azure-openai", "https://contoso.openai.azure.com/openai/v1/", "https://contoso.openai.azure.com/openai/v1/")]
    [InlineData("azure-openai", null, null)]
    [InlineData("openai", "api.openai.com/v1", null)]
    [InlineData("openai", "ftp://models.example.com/", null)]
    public void ResolvedEndpoint_ProviderAndSetting_GiveTheBaseUrl(string provider, string? endpoint, string? expected)
    {
        var options = new ExtractionOptions { Provider = provider, Endpoint = endpoint };

        Assert.Equal(expected, options.ResolvedEndpoint()?.AbsoluteUri);
    }

    [Theory]
    [InlineData("https://models.example.com/v1/", true)]
    [InlineData("http://localhost:8080/v1/", true)]
    [InlineData("http://127.0.0.1:8080/v1/", true)]
    [InlineData("http://[::1]:8080/v1/", true)]
    [InlineData("http://10.0.0.5:8080/v1/", false)]
    [InlineData("http://models.example.com/v1/", false)]
    public void Validate_PlainHttp_OnlyToThisMachine(string endpoint, bool valid)
    {
        var options = new ExtractionOptions { Provider = "openai", Endpoint = endpoint, Model = "m", ApiKey = "k" };

        Assert.Equal(valid, !new ExtractionOptionsValidator().Validate(null, options).Failed);
    }

    [Fact]
    public void Validate_ProviderWithNothingElse_NamesEverySettingAndNoSecret()
    {
        var options = new ExtractionOptions { Provider = "azure-openai", TimeoutSeconds = 0, MaxTranscriptTokens = 10 };

        string failures = string.Join("\n", new ExtractionOptionsValidator().Validate(null, options).Failures!);

        Assert.Contains("Extraction:Endpoint is required", failures, StringComparison.Ordinal);
        Assert.Contains("Extraction:Model is required when Extraction:Provider is azure-openai (the deployment name)", failures, StringComparison.Ordinal);
        Assert.Contains("Extraction:ApiKey is required", failures, StringComparison.Ordinal);
        Assert.Contains("Extraction:TimeoutSeconds", failures, StringComparison.Ordinal);
        Assert.Contains("Extraction:MaxTranscriptTokens", failures, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("rules")]
    [InlineData("RULES")]
    [InlineData("")]
    public void Validate_Rules_NeedsNothingElse(string provider)
    {
        var options = new ExtractionOptions { Provider = provider, TimeoutSeconds = 0 };

        Assert.False(new ExtractionOptionsValidator().Validate(null, options).Failed);
        Assert.False(options.UsesModel);
    }
}
