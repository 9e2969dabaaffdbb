using ActionTracker.Core.Execution;
using ActionTracker.Core.Meetings;
using ActionTracker.Core.Reminders;
using Microsoft.Extensions.Options;
using OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace ActionTracker.Bot.Telemetry;

/// <summary>
/// OpenTelemetry traces and metrics, exported over OTLP only when <c>Telemetry:OtlpEndpoint</c> is set (off by
/// default): HTTP requests by route (which is the channel), outbound HTTP calls with their status codes (Bot
/// Framework, Slack, Graph, and 429s among them), Azure Storage calls with their latency, and commands by channel,
/// command and outcome. Spans and metrics carry no message text or tokens.
/// </summary>
internal static class TelemetrySetup
{
    public const string SectionName = "Telemetry";

    public static WebApplicationBuilder AddActionTrackerTelemetry(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<TelemetryOptions>()
            .Bind(builder.Configuration.GetSection(SectionName))
            .Validate(o => o.IsValid(), "Telemetry:OtlpEndpoint must be an absolute http(s) URL of an OTLP receiver (or empty), Telemetry:OtlpProtocol http or grpc, and Telemetry:MetricExportInterval and Telemetry:TraceExportDelay between 100 ms and 1 hour.")
            .ValidateOnStart();
        TelemetryOptions options = builder.Configuration.GetSection(SectionName).Get<TelemetryOptions>() ?? new TelemetryOptions();
        if (string.IsNullOrWhiteSpace(options.OtlpEndpoint) || !options.IsValid())
        {
            // Off by default; an invalid value stops the start through the validation above.
            return builder;
        }

        var otlp = new Uri(options.OtlpEndpoint);
        OtlpExportProtocol protocol = options.OtlpProtocol == "grpc" ? OtlpExportProtocol.Grpc : OtlpExportProtocol.HttpProtobuf;

        // The Azure SDK emits storage spans only when asked to.
        AppContext.SetSwitch("Azure.Experimental.EnableActivitySource", true);
        builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService("ActionTracker.Bot"))
            .WithTracing(tracing => tracing
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddSource("Azure.*")
                .AddSource(SchedulerActivities.SourceName)
                .AddOtlpExporter(o =>
                {
                    Configure(o, otlp, protocol, "v1/traces");
                    o.BatchExportProcessorOptions.ScheduledDelayMilliseconds = (int)options.TraceExportDelay.TotalMilliseconds;
                }))
            .WithMetrics(metrics => metrics
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddMeter(CommandMetrics.MeterName)
                .AddMeter(SchedulerMetrics.MeterName)
                .AddMeter(TranscriptMetrics.MeterName)
                .AddOtlpExporter((o, reader) =>
                {
                    Configure(o, otlp, protocol, "v1/metrics");
                    reader.PeriodicExportingMetricReaderOptions.ExportIntervalMilliseconds = (int)options.MetricExportInterval.TotalMilliseconds;
                }));
        return builder;
    }

    private static void Configure(OtlpExporterOptions options, Uri endpoint, OtlpExportProtocol protocol, string signalPath)
    {
        options.Protocol = protocol;
        options.Endpoint = protocol == OtlpExportProtocol.HttpProtobuf ? new Uri(endpoint, signalPath) : endpoint;
    }
}
