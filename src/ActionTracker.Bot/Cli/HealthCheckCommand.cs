using System.Globalization;

namespace ActionTracker.Bot.Cli;

/// <summary>
/// <c>healthcheck [URL]</c>: exit 0 when <c>GET /healthz</c> on the local instance answers 200, else 1. Container
/// images without a shell or curl run this as their health check; it builds no services and touches no storage.
/// </summary>
internal static class HealthCheckCommand
{
    public const string Verb = "healthcheck";

    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(3);

    public static async Task<int> RunAsync(string[] args, CancellationToken cancellationToken)
    {
        Uri? url = args.Length > 1 ? Parse(args[1]) : LocalUrl(Environment.GetEnvironmentVariable("ASPNETCORE_HTTP_PORTS"));
        if (url is null)
        {
            await Console.Error.WriteLineAsync("Usage: healthcheck [http://127.0.0.1:8080/healthz]");
            return 2;
        }

        using var client = new HttpClient { Timeout = Timeout };
        try
        {
            using HttpResponseMessage response = await client.GetAsync(url, cancellationToken);
            await Console.Out.WriteLineAsync(((int)response.StatusCode).ToString(CultureInfo.InvariantCulture));
            return response.IsSuccessStatusCode ? 0 : 1;
        }
        catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException)
        {
            await Console.Error.WriteLineAsync("unhealthy: " + exception.GetType().Name);
            return 1;
        }
    }

    /// <summary>The first port of ASPNETCORE_HTTP_PORTS (8080 in the container image), on the loopback address.</summary>
    internal static Uri? LocalUrl(string? ports)
    {
        string first = (ports ?? "8080").Split([';', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault() ?? "8080";
        return int.TryParse(first, NumberStyles.None, CultureInfo.InvariantCulture, out int port) && port is > 0 and <= 65535
            ? new Uri("http://127.0.0.1:" + port.ToString(CultureInfo.InvariantCulture) + "/healthz")
            : null;
    }

    private static Uri? Parse(string text) =>
        Uri.TryCreate(text, UriKind.Absolute, out Uri? url) && url.Scheme is "http" or "https" ? url : null;
}
