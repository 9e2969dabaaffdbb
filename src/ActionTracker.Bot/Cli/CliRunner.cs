using ActionTracker.Bot.Configuration;
using Microsoft.Extensions.Options;

namespace ActionTracker.Bot.Cli;

/// <summary>CLI verbs: results on stdout, every log line on stderr, no web host started.</summary>
internal static class CliRunner
{
    public static bool IsVerb(string[] args) => args.Length > 0 && args[0] is "schedule" or "extract";

    public static async Task<int> RunAsync(string[] args)
    {
        if (args[0] == "extract")
        {
            // Needs no storage and no platform settings: no host is built, so it starts fast.
            return await ExtractAsync(args);
        }

        WebApplicationBuilder builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args.Skip(1).ToArray() });
        builder.Logging.ClearProviders();
        builder.Logging.AddConsole(options => options.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.AddActionTrackerServices();
        try
        {
            await using WebApplication app = builder.Build();
            // Reading the options runs their validation, as the web host does at start.
            _ = app.Services.GetRequiredService<IOptions<ActionTracker.Storage.StorageOptions>>().Value;
            using var cancel = new CancellationTokenSource();
            Console.CancelKeyPress += (_, e) =>
            {
                e.Cancel = true;
                cancel.Cancel();
            };
            return args[0] switch
            {
                "schedule" => await ScheduleCommand.RunAsync(args, app.Services, cancel.Token),
                _ => 2,
            };
        }
        catch (OptionsValidationException exception)
        {
            await Console.Error.WriteLineAsync("Configuration is invalid: " + string.Join("; ", exception.Failures));
            return 1;
        }
    }

    /// <summary>
    /// <c>extract</c> with the extractor Extraction:* picks (read from the same sources as the host: appsettings,
    /// user secrets in Development, environment variables); nothing else is read.
    /// </summary>
    private static async Task<int> ExtractAsync(string[] args)
    {
        IConfiguration configuration = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = [] }).Configuration;
        using ILoggerFactory loggers = LoggerFactory.Create(logging => logging.AddConsole(options => options.LogToStandardErrorThreshold = LogLevel.Trace));
        (ActionTracker.Core.Transcripts.ITranscriptExtractor? extractor, IReadOnlyList<string> failures) =
            ActionTracker.Bot.Extraction.ExtractionServiceCollectionExtensions.FromConfiguration(configuration, TimeProvider.System, loggers);
        if (extractor is null)
        {
            await Console.Error.WriteLineAsync("Configuration is invalid: " + string.Join("; ", failures));
            return 1;
        }

        return await ExtractCommand.RunAsync(args, Console.Out, Console.Error, extractor, CancellationToken.None);
    }
}
