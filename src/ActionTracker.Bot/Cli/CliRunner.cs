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
            // Needs no storage and no settings: no host is built, so it starts fast.
            return await ExtractCommand.RunAsync(args, Console.Out, Console.Error, CancellationToken.None);
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
}
