using ActionTracker.Core.Transcripts;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace ActionTracker.Bot.Extraction;

internal static class ExtractionServiceCollectionExtensions
{
    /// <summary>Extraction options (validated at start) and the transcript extractor they pick.</summary>
    public static IServiceCollection AddActionTrackerExtraction(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<ExtractionOptions>()
            .Bind(configuration.GetSection(ExtractionOptions.SectionName))
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<ExtractionOptions>, ExtractionOptionsValidator>();
        services.TryAddSingleton<ITranscriptExtractor>(sp => TranscriptExtractorFactory.Create(
            sp.GetRequiredService<IOptions<ExtractionOptions>>().Value, sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<ILoggerFactory>()));
        return services;
    }

    /// <summary>
    /// For CLI verbs that build no host: the configured extractor, or the failures that name the bad settings.
    /// </summary>
    public static (ITranscriptExtractor? Extractor, IReadOnlyList<string> Failures) FromConfiguration(IConfiguration configuration, TimeProvider timeProvider, ILoggerFactory loggerFactory)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var options = new ExtractionOptions();
        configuration.GetSection(ExtractionOptions.SectionName).Bind(options);
        ValidateOptionsResult result = new ExtractionOptionsValidator().Validate(null, options);
        return result.Failed
            ? (null, result.Failures?.ToList() ?? [result.FailureMessage])
            : (TranscriptExtractorFactory.Create(options, timeProvider, loggerFactory), []);
    }
}
