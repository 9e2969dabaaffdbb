namespace ActionTracker.Bot.Telemetry;

/// <summary>The <c>Telemetry</c> section: where traces and metrics go (nowhere when empty).</summary>
internal sealed class TelemetryOptions
{
    private static readonly TimeSpan MinInterval = TimeSpan.FromMilliseconds(100);
    private static readonly TimeSpan MaxInterval = TimeSpan.FromHours(1);

    public string? OtlpEndpoint { get; set; }

    /// <summary><c>http</c> (OTLP/HTTP protobuf, paths v1/traces and v1/metrics under the endpoint) or <c>grpc</c>.</summary>
    public string OtlpProtocol { get; set; } = "http";

    /// <summary>How often metrics are pushed (the OpenTelemetry default).</summary>
    public TimeSpan MetricExportInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>How long finished spans wait to be sent in one batch (the OpenTelemetry default).</summary>
    public TimeSpan TraceExportDelay { get; set; } = TimeSpan.FromSeconds(5);

    public bool IsValid() =>
        (string.IsNullOrWhiteSpace(OtlpEndpoint) || (Uri.TryCreate(OtlpEndpoint, UriKind.Absolute, out Uri? url) && url.Scheme is "http" or "https"))
        && OtlpProtocol is "http" or "grpc"
        && MetricExportInterval >= MinInterval && MetricExportInterval <= MaxInterval
        && TraceExportDelay >= MinInterval && TraceExportDelay <= MaxInterval;
}
