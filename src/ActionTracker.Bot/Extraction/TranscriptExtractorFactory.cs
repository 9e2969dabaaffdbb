using ActionTracker.Core.Transcripts;

namespace ActionTracker.Bot.Extraction;

/// <summary>The extractor the configuration asks for: the rule-based one, or a model behind it with the rules as fallback.</summary>
internal static class TranscriptExtractorFactory
{
    public static ITranscriptExtractor Create(ExtractionOptions options, TimeProvider timeProvider, ILoggerFactory loggerFactory)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(loggerFactory);
        var rules = new RuleBasedTranscriptExtractor();
        if (!options.UsesModel)
        {
            return rules;
        }

        ILogger<ChatTranscriptExtractor> logger = loggerFactory.CreateLogger<ChatTranscriptExtractor>();
        Uri endpoint = options.ResolvedEndpoint()!;
        Log.ModelExtractorEnabled(logger, options.Provider.Trim().ToLowerInvariant(), options.Model ?? string.Empty, endpoint.Host);
        return new ChatTranscriptExtractor(ChatClientFactory.Create(options), options, rules, timeProvider, logger);
    }
}
