using System.ClientModel.Primitives;

namespace ActionTracker.Bot.Extraction;

/// <summary>Azure OpenAI takes its key in an <c>api-key</c> header rather than as a bearer token.</summary>
internal sealed class AzureApiKeyPolicy : PipelinePolicy
{
    private readonly string _apiKey;

    public AzureApiKeyPolicy(string apiKey)
    {
        _apiKey = apiKey;
    }

    public override void Process(PipelineMessage message, IReadOnlyList<PipelinePolicy> pipeline, int currentIndex)
    {
        SetKey(message);
        ProcessNext(message, pipeline, currentIndex);
    }

    public override async ValueTask ProcessAsync(PipelineMessage message, IReadOnlyList<PipelinePolicy> pipeline, int currentIndex)
    {
        SetKey(message);
        await ProcessNextAsync(message, pipeline, currentIndex).ConfigureAwait(false);
    }

    private void SetKey(PipelineMessage message)
    {
        message.Request.Headers.Remove("Authorization");
        message.Request.Headers.Set("api-key", _apiKey);
    }
}
