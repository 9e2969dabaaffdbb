using ActionTracker.Teams.Graph;

namespace ActionTracker.Bot.Endpoints;

internal static class GraphEndpoints
{
    public static IEndpointRouteBuilder MapGraphEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/graph/notifications", NotificationsAsync);
        return endpoints;
    }

    /// <summary>Graph change notifications: the handshake echoes <c>validationToken</c> as text/plain; the rest is the adapter's.</summary>
    private static async Task<IResult> NotificationsAsync(HttpRequest request, GraphNotificationHandler handler, CancellationToken cancellationToken)
    {
        string? validationToken = request.Query.TryGetValue("validationToken", out var token) ? token.ToString() : null;
        if (request.ContentLength > GraphNotificationHandler.MaxBodyBytes)
        {
            return Results.StatusCode(StatusCodes.Status413PayloadTooLarge);
        }

        using var buffer = new MemoryStream();
        byte[] chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > GraphNotificationHandler.MaxBodyBytes)
            {
                return Results.StatusCode(StatusCodes.Status413PayloadTooLarge);
            }

            buffer.Write(chunk, 0, read);
        }

        GraphNotificationResponse response = await handler.HandleAsync(validationToken, buffer.ToArray(), cancellationToken);
        return response.PlainText is { } text
            ? Results.Text(text, "text/plain", System.Text.Encoding.UTF8, response.StatusCode)
            : Results.StatusCode(response.StatusCode);
    }
}
