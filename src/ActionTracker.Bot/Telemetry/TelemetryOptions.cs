namespace ActionTracker.Bot.Telemetry;

/// <summary>The <c>Telemetry</c> section: where traces and metrics go (nowhere when empty).</summary>
internal sealed class TelemetryOptions
{
    public string? OtlpEndpoint { get; set; }

    /// <summary><c>http</c> (OTLP/HTTP protobuf, paths v1/traces and v1/metrics under the endpoint) or <c>grpc</c>.</summary>
    public string OtlpProtocol { get; set; } = "http";

    public bool IsValid() =>
        (string.IsNullOrWhiteSpace(OtlpEndpoint) || (Uri.TryCreate(OtlpEndpoint, UriKind.Absolute, out Uri? url) && url.Scheme is "http" or "https"))
        && OtlpProtocol is "http" or "grpc";
}
