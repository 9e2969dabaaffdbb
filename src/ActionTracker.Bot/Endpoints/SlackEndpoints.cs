using ActionTracker.Slack.Handlers;
using ActionTracker.Slack.OAuth;
using ActionTracker.Slack.Protocol;

namespace ActionTracker.Bot.Endpoints;

/// <summary>Slack's HTTP surface: the host only reads raw bytes and headers and writes the adapter's answer back.</summary>
internal static class SlackEndpoints
{
    /// <summary>Slack payloads are small; anything larger is not from Slack.</summary>
    private const int MaxBodyBytes = 1024 * 1024;

    public static IEndpointRouteBuilder MapSlackEndpoints(this IEndpointRouteBuilder endpoints)
    {
        RouteGroupBuilder slack = endpoints.MapGroup("/slack");
        slack.MapPost("/commands", CommandsAsync);
        slack.MapPost("/interactivity", InteractivityAsync);
        slack.MapPost("/events", EventsAsync);
        slack.MapGet("/install", Install);
        slack.MapGet("/oauth/callback", CallbackAsync);
        return endpoints;
    }

    private static async Task<IResult> CommandsAsync(HttpContext context, SlashCommandHandler handler, CancellationToken cancellationToken) =>
        await ReadAsync(context, cancellationToken) is { } request ? Write(await handler.HandleAsync(request, cancellationToken)) : TooLarge();

    private static async Task<IResult> InteractivityAsync(HttpContext context, InteractivityHandler handler, CancellationToken cancellationToken) =>
        await ReadAsync(context, cancellationToken) is { } request ? Write(await handler.HandleAsync(request, cancellationToken)) : TooLarge();

    private static async Task<IResult> EventsAsync(HttpContext context, EventsHandler handler, CancellationToken cancellationToken) =>
        await ReadAsync(context, cancellationToken) is { } request ? Write(await handler.HandleAsync(request, cancellationToken)) : TooLarge();

    private static IResult Install(SlackOAuthHandler handler) => Write(handler.Install());

    private static async Task<IResult> CallbackAsync(HttpContext context, SlackOAuthHandler handler, CancellationToken cancellationToken)
    {
        var query = context.Request.Query.ToDictionary(q => q.Key, q => q.Value.ToString(), StringComparer.Ordinal);
        var request = new SlackRequest { Body = ReadOnlyMemory<byte>.Empty, Headers = new Dictionary<string, string>(), Query = query };
        return Write(await handler.CallbackAsync(request, cancellationToken));
    }

    private static async Task<SlackRequest?> ReadAsync(HttpContext context, CancellationToken cancellationToken)
    {
        if (context.Request.ContentLength > MaxBodyBytes)
        {
            return null;
        }

        byte[] body;
        if (context.Request.ContentLength is { } length)
        {
            // The usual case: read straight into a buffer of the announced size.
            body = new byte[length];
            int filled = 0;
            int read;
            while (filled < body.Length && (read = await context.Request.Body.ReadAsync(body.AsMemory(filled), cancellationToken)) > 0)
            {
                filled += read;
            }

            if (filled < body.Length)
            {
                return null;
            }
        }
        else if (await ReadUnsizedAsync(context, cancellationToken) is { } chunked)
        {
            body = chunked;
        }
        else
        {
            return null;
        }

        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (KeyValuePair<string, Microsoft.Extensions.Primitives.StringValues> header in context.Request.Headers)
        {
            headers[header.Key] = header.Value.ToString();
        }

        HttpRequest http = context.Request;
        return new SlackRequest
        {
            Body = body,
            Headers = headers,
            BaseUrl = new Uri(http.Scheme + "://" + http.Host.Value + http.PathBase.Value + "/"),
        };
    }

    private static async Task<byte[]?> ReadUnsizedAsync(HttpContext context, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        byte[] chunk = new byte[16 * 1024];
        int read;
        while ((read = await context.Request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > MaxBodyBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private static IResult TooLarge() => Results.StatusCode(StatusCodes.Status413PayloadTooLarge);

    private static IResult Write(SlackResponse response)
    {
        if (response.Location is { } location)
        {
            return Results.Redirect(location.AbsoluteUri);
        }

        return response.Body is null
            ? Results.StatusCode(response.StatusCode)
            : Results.Content(response.Body, response.ContentType, System.Text.Encoding.UTF8, response.StatusCode);
    }
}
