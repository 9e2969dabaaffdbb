using ActionTracker.Core.Ports;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ActionTracker.Bot.Endpoints;

internal static class HealthEndpoints
{
    public static IEndpointRouteBuilder MapHealthEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/healthz", Alive);
        endpoints.MapGet("/readyz", ReadyAsync);
        return endpoints;
    }

    /// <summary>200 while the process runs; never touches storage.</summary>
    private static Ok<StatusResponse> Alive() => TypedResults.Ok(new StatusResponse("alive"));

    /// <summary>200 when storage answers; 503 with the reason when it does not.</summary>
    private static async Task<Results<Ok<StatusResponse>, JsonHttpResult<StatusResponse>>> ReadyAsync(
        IStorageHealthProbe probe, ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        StorageHealth health = await probe.CheckAsync(cancellationToken);
        if (health.IsHealthy)
        {
            return TypedResults.Ok(new StatusResponse("ready"));
        }

        string reason = health.Reason ?? "storage unavailable";
        Log.NotReady(loggers.CreateLogger("ActionTracker.Bot.Readiness"), reason);
        return TypedResults.Json(new StatusResponse("unavailable", reason), statusCode: StatusCodes.Status503ServiceUnavailable);
    }
}
