using ActionTracker.Bot.Tests.Infrastructure;
using ActionTracker.Bot.Tests.Slack;

namespace ActionTracker.Bot.Tests.Telemetry;

/// <summary>With <c>Telemetry:OtlpEndpoint</c> set, the running bot pushes its spans and metrics over OTLP/HTTP protobuf.</summary>
[Collection(MetricsCollection.Name)]
public sealed class OtlpExportTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task OtlpEndpointSet_TracesAndMetricsArriveWithOurNames()
    {
        await using FakeOtlpReceiver receiver = await FakeOtlpReceiver.StartAsync();
        await using SlackHarness slack = await SlackHarness.StartAsync(extraSettings: new Dictionary<string, string?>
        {
            ["Telemetry:OtlpEndpoint"] = receiver.BaseUrl.AbsoluteUri,
            ["Telemetry:MetricExportInterval"] = "00:00:00.200",
            ["Telemetry:TraceExportDelay"] = "00:00:00.200",
        });

        await slack.PostCommandAsync("list");

        (string Path, string Name)[] expected =
        [
            ("/v1/traces", "actiontracker.scheduler.tick"), ("/v1/traces", "slack/commands"), ("/v1/metrics", "actiontracker.commands"), ("/v1/metrics", "actiontracker.sweeps"),
        ];
        await WaitForAsync(() => expected.Where(e => !receiver.Contains(e.Path, e.Name)).Select(e => e.Name + " in " + e.Path).ToList());
        Assert.All(receiver.Received, r => Assert.Equal("application/x-protobuf", r.ContentType));
        Assert.True(receiver.Contains("/v1/metrics", "ActionTracker.Bot"), "the service name is the resource");
        Assert.False(receiver.Contains("/v1/traces", SlackHarness.SigningSecret));
        Assert.False(receiver.Contains("/v1/traces", "xoxb-configured"));
    }

    /// <summary>Polls until nothing is missing; fails naming what never arrived.</summary>
    private static async Task WaitForAsync(Func<IReadOnlyList<string>> missing)
    {
        using var timeout = new CancellationTokenSource(Patience);
        while (missing() is { Count: > 0 } names)
        {
            if (timeout.IsCancellationRequested)
            {
                Assert.Fail("Not exported: " + string.Join(", ", names));
            }

            await Task.Delay(50, CancellationToken.None);
        }
    }
}
