using ActionTracker.Bot;
using ActionTracker.Bot.Cli;
using ActionTracker.Bot.Configuration;
using ActionTracker.Bot.Endpoints;
using Microsoft.Extensions.Options;

if (CliRunner.IsVerb(args))
{
    return await CliRunner.RunAsync(args);
}

WebApplicationBuilder builder = WebApplication.CreateBuilder(args);
builder.AddActionTrackerServices();

try
{
    WebApplication app = builder.Build();
    app.UseActionTrackerErrors();
    app.MapHealthEndpoints();
    app.MapExportEndpoints();

    // Channel endpoints.
    app.MapTeamsEndpoints();
    app.MapSlackEndpoints();
    app.MapGraphEndpoints();
    await app.RunAsync();
    return 0;
}
catch (OptionsValidationException exception)
{
    // A missing or invalid setting stops the process with a message naming it, not a stack trace.
    await Console.Error.WriteLineAsync("ActionTracker.Bot cannot start, configuration is invalid:");
    foreach (string failure in exception.Failures)
    {
        await Console.Error.WriteLineAsync("  - " + failure);
    }

    return 2;
}

/// <summary>Entry point; public so end-to-end tests can host it.</summary>
public partial class Program;
