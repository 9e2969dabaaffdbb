using ActionTracker.Teams.Handlers;

namespace ActionTracker.Bot.Endpoints;

internal static class TeamsEndpoints
{
    public static IEndpointRouteBuilder MapTeamsEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/api/messages", MessagesAsync);
        return endpoints;
    }

    /// <summary>
    /// Bot Framework activities: the body is read with a cap, everything else is the Teams adapter's. Once read, the
    /// activity is handled to the end even if the caller hangs up (only shutdown stops it): Teams redelivers an activity
    /// it gave up waiting for, and the redelivery must find the first one done, not rolled back after its write.
    /// </summary>
    private static async Task<IResult> MessagesAsync(HttpRequest request, TeamsActivityHandler handler, IHostApplicationLifetime lifetime, CancellationToken cancellationToken)
    {
        if (request.ContentLength > TeamsActivityHandler.MaxBodyBytes)
        {
            return Results.StatusCode(StatusCodes.Status413PayloadTooLarge);
        }

        byte[]? body;
        if (request.ContentLength is { } length)
        {
            // Kestrel holds the body to its Content-Length: one exact buffer, no copies.
            body = new byte[length];
            try
            {
                await request.Body.ReadExactlyAsync(body, cancellationToken);
            }
            catch (EndOfStreamException)
            {
                return Results.StatusCode(StatusCodes.Status400BadRequest);
            }
        }
        else
        {
            body = await ReadCappedAsync(request.Body, TeamsActivityHandler.MaxBodyBytes, cancellationToken);
            if (body is null)
            {
                return Results.StatusCode(StatusCodes.Status413PayloadTooLarge);
            }
        }

        TeamsHttpResponse response = await handler.HandleAsync(body, request.Headers.Authorization.ToString(), lifetime.ApplicationStopping);
        return response.JsonBody is { } json
            ? new Utf8JsonResult(response.StatusCode, json)
            : Results.StatusCode(response.StatusCode);
    }

    /// <summary>The body, or null when it is longer than <paramref name="limit"/> (chunked bodies have no Content-Length).</summary>
    private static async Task<byte[]?> ReadCappedAsync(Stream body, int limit, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        byte[] chunk = new byte[16 * 1024];
        int read;
        while ((read = await body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}
