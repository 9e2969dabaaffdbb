using System.ClientModel;
using System.ClientModel.Primitives;
using Microsoft.Extensions.AI;
using OpenAI;

namespace ActionTracker.Bot.Extraction;

/// <summary>The <see cref="IChatClient"/> for a configured provider: OpenAI's client (OpenAI, compatible servers, Azure OpenAI's v1 API).</summary>
internal static class ChatClientFactory
{
    public static IChatClient Create(ExtractionOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        Uri endpoint = options.ResolvedEndpoint() ?? throw new InvalidOperationException("Extraction:Endpoint must be an absolute http(s) URL.");
        string apiKey = options.ApiKey ?? throw new InvalidOperationException("Extraction:ApiKey is required.");
        var clientOptions = new OpenAIClientOptions
        {
            Endpoint = endpoint,
            NetworkTimeout = TimeSpan.FromSeconds(options.TimeoutSeconds),
        };
        if (options.IsAzure)
        {
            // After the client's own bearer-token policy, so the key goes only in Azure's header.
            clientOptions.AddPolicy(new AzureApiKeyPolicy(apiKey), PipelinePosition.BeforeTransport);
        }

        return new OpenAIClient(new ApiKeyCredential(apiKey), clientOptions).GetChatClient(options.Model).AsIChatClient();
    }
}
