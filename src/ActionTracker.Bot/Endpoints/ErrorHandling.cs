using ActionTracker.Core.Ports;
using Microsoft.AspNetCore.Diagnostics;

namespace ActionTracker.Bot.Endpoints;

internal static class ErrorHandling
{
    /// <summary>
    /// Turns unexpected failures into short JSON answers without stack traces: storage outages are 503 with
    /// "try again", anything else 500; both are logged with the exception.
    /// </summary>
    public static WebApplication UseActionTrackerErrors(this WebApplication app)
    {
        app.UseExceptionHandler(errorApp => errorApp.Run(async context =>
        {
            Exception? exception = context.Features.Get<IExceptionHandlerFeature>()?.Error;
            ILogger logger = context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger("ActionTracker.Bot.Errors");
            string path = context.Request.Path.Value ?? string.Empty;
            StatusResponse body;
            if (exception is StorageUnavailableException)
            {
                Log.StorageUnavailable(logger, path, exception);
                context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
                context.Response.Headers.RetryAfter = "30";
                body = new StatusResponse("unavailable", StorageUnavailableException.UserMessage);
            }
            else
            {
                Log.UnhandledError(logger, path, exception ?? new InvalidOperationException("unknown error"));
                context.Response.StatusCode = StatusCodes.Status500InternalServerError;
                body = new StatusResponse("error", "Something went wrong on our side; it has been logged.");
            }

            await context.Response.WriteAsJsonAsync(body, BotJsonContext.Default.StatusResponse, cancellationToken: context.RequestAborted);
        }));
        return app;
    }
}
