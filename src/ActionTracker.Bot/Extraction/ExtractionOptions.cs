namespace ActionTracker.Bot.Extraction;

/// <summary>
/// The <c>Extraction</c> section: which extractor turns transcripts into drafts. The rule-based one (no network) unless
/// <see cref="Provider"/> names a model service.
/// </summary>
internal sealed class ExtractionOptions
{
    public const string SectionName = "Extraction";

    public const string Rules = "rules";

    public const string OpenAI = "openai";

    public const string AzureOpenAI = "azure-openai";

    /// <summary>OpenAI's own endpoint, used for <c>openai</c> when <see cref="Endpoint"/> is empty.</summary>
    public static readonly Uri OpenAIEndpoint = new("https://api.openai.com/v1/");

    /// <summary><c>rules</c> (default), <c>openai</c> (OpenAI or any OpenAI-compatible server) or <c>azure-openai</c>.</summary>
    public string Provider { get; set; } = Rules;

    /// <summary>Base URL of the chat completions API; required for <c>azure-openai</c> (the resource URL).</summary>
    public string? Endpoint { get; set; }

    /// <summary>Model name (<c>openai</c>) or deployment name (<c>azure-openai</c>).</summary>
    public string? Model { get; set; }

    /// <summary>Secret: from user secrets, environment variables or Key Vault only; never logged.</summary>
    public string? ApiKey { get; set; }

    /// <summary>How long one model request may take before the draft falls back to the rules.</summary>
    public int TimeoutSeconds { get; set; } = 60;

    /// <summary>Transcript tokens sent in one request; longer transcripts are split by turns with overlap.</summary>
    public int MaxTranscriptTokens { get; set; } = 12_000;

    /// <summary>An empty provider is the default, as an unset one.</summary>
    public bool UsesModel => !string.IsNullOrWhiteSpace(Provider) && !string.Equals(Provider.Trim(), Rules, StringComparison.OrdinalIgnoreCase);

    public bool IsAzure => string.Equals(Provider?.Trim(), AzureOpenAI, StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The base URL the client calls: the configured one, OpenAI's for <c>openai</c> without one, and for an Azure
    /// resource URL without a path its v1 API (<c>/openai/v1/</c>). Null when the setting is not an absolute http(s) URL.
    /// </summary>
    public Uri? ResolvedEndpoint()
    {
        if (string.IsNullOrWhiteSpace(Endpoint))
        {
            return IsAzure ? null : OpenAIEndpoint;
        }

        if (!Uri.TryCreate(Endpoint.Trim(), UriKind.Absolute, out Uri? url) || url.Scheme is not ("http" or "https"))
        {
            return null;
        }

        string text = url.AbsoluteUri.EndsWith('/') ? url.AbsoluteUri : url.AbsoluteUri + "/";
        return IsAzure && url.AbsolutePath == "/" ? new Uri(text + "openai/v1/") : new Uri(text);
    }
}
