using Microsoft.Extensions.Options;

namespace ActionTracker.Bot.Extraction;

/// <summary>
/// A model extractor is enabled by Extraction:Provider. Once enabled, its endpoint, model and key must be usable;
/// each failure names its key. Transcript text goes to the endpoint, so plain http is only for this machine.
/// </summary>
internal sealed class ExtractionOptionsValidator : IValidateOptions<ExtractionOptions>
{
    public ValidateOptionsResult Validate(string? name, ExtractionOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        string provider = options.Provider?.Trim().ToLowerInvariant() ?? string.Empty;
        if (provider is not ("" or ExtractionOptions.Rules or ExtractionOptions.OpenAI or ExtractionOptions.AzureOpenAI))
        {
            return ValidateOptionsResult.Fail($"Extraction:Provider must be {ExtractionOptions.Rules} (default), {ExtractionOptions.OpenAI} or {ExtractionOptions.AzureOpenAI}.");
        }

        if (!options.UsesModel)
        {
            return ValidateOptionsResult.Success;
        }

        var failures = new List<string>();
        if (options.IsAzure && string.IsNullOrWhiteSpace(options.Endpoint))
        {
            failures.Add("Extraction:Endpoint is required when Extraction:Provider is azure-openai (the resource URL, e.g. https://NAME.openai.azure.com/).");
        }
        else if (options.ResolvedEndpoint() is not { } endpoint)
        {
            failures.Add("Extraction:Endpoint must be an absolute http(s) URL.");
        }
        else if (endpoint.Scheme != Uri.UriSchemeHttps && !endpoint.IsLoopback)
        {
            failures.Add("Extraction:Endpoint must use https (plain http only for a server on this machine): transcripts are sent to it.");
        }

        if (string.IsNullOrWhiteSpace(options.Model))
        {
            failures.Add(options.IsAzure
                ? "Extraction:Model is required when Extraction:Provider is azure-openai (the deployment name)."
                : "Extraction:Model is required when Extraction:Provider is openai (the model name).");
        }

        if (string.IsNullOrWhiteSpace(options.ApiKey))
        {
            failures.Add($"Extraction:ApiKey is required when Extraction:Provider is {provider} (from user secrets, an environment variable or Key Vault).");
        }

        if (options.TimeoutSeconds is < 1 or > 600)
        {
            failures.Add("Extraction:TimeoutSeconds must be between 1 and 600.");
        }

        if (options.MaxTranscriptTokens is < 500 or > 1_000_000)
        {
            failures.Add("Extraction:MaxTranscriptTokens must be between 500 and 1000000.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
