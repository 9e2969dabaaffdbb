using System.Text.Json.Nodes;
using ActionTracker.Bot.Tests.Infrastructure;
using ActionTracker.Bot.Tests.Transcripts;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ActionTracker.Bot.Tests.Slack;

/// <summary>
/// The transcript, retention, scheduler and telemetry paths through Slack with every log line captured from Debug up:
/// no secret or token anywhere, and no transcript text or file content above Debug.
/// </summary>
[Collection(MetricsCollection.Name)]
public sealed class SlackLogHygieneTests
{
    private const string EncryptionKey = "encryption-key-value-456";

    [Fact]
    public async Task TranscriptsSchedulerAndExport_LogNoSecretTokenOrTranscriptText()
    {
        var logs = new CapturingLoggerProvider();
        await using FakeOtlpReceiver receiver = await FakeOtlpReceiver.StartAsync();
        await using SlackHarness slack = await SlackHarness.StartAsync(
            extraSettings: new Dictionary<string, string?>
            {
                ["Logging:LogLevel:Default"] = "Debug",
                ["Storage:EncryptionKey"] = EncryptionKey,
                ["Transcripts:RawRetentionDays"] = "1",
                ["Telemetry:OtlpEndpoint"] = receiver.BaseUrl.AbsoluteUri,
                ["Telemetry:MetricExportInterval"] = "00:00:00.200",
                ["Telemetry:TraceExportDelay"] = "00:00:00.200",
            },
            services: services => services.AddSingleton<ILoggerProvider>(logs));
        slack.Slack.Answers["files.info"] = new JsonObject
        {
            ["ok"] = true,
            ["file"] = new JsonObject { ["id"] = "F1", ["name"] = "notes.docx", ["size"] = 2000, ["url_private_download"] = slack.Slack.BaseUrl + "files/notes.docx" },
        }.ToJsonString();
        const string FileContent = "PK this is not a word document but a secret plan";
        slack.Slack.Answers["/files/notes.docx"] = FileContent;

        await slack.PostCommandAsync("transcript " + TestTranscripts.Plain());
        await slack.Slack.WaitForAsync("chat.postMessage");
        await slack.PostEventAsync(SlackPayloads.Event("EvFile7", new JsonObject
        {
            ["type"] = "file_shared",
            ["file_id"] = "F0DOCX007",
            ["user_id"] = SlackHarness.UserId,
            ["channel_id"] = "D0DM00001",
            ["file"] = new JsonObject { ["id"] = "F0DOCX007" },
            ["event_ts"] = "1767225600.000100",
        }));
        await slack.Slack.WaitForAsync("chat.postMessage", 2);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        while (!receiver.Contains("/v1/metrics", "actiontracker.transcripts.jobs"))
        {
            await Task.Delay(50, timeout.Token);
        }

        Assert.Contains(logs.Lines, l => l.Level >= LogLevel.Information);
        string[] secrets = [SlackHarness.SigningSecret, "xoxb-configured", EncryptionKey];
        string[] transcript = [.. TestTranscripts.Commitments.Select(c => c.Text), TestTranscripts.Decision, FileContent];
        foreach ((LogLevel level, string category, string text) in logs.Lines)
        {
            foreach (string secret in secrets)
            {
                Assert.False(text.Contains(secret, StringComparison.Ordinal), $"{level} {category} logged a secret: {text}");
            }

            foreach (string said in transcript)
            {
                Assert.False(level > LogLevel.Debug && text.Contains(said, StringComparison.Ordinal), $"{level} {category} logged transcript text: {text}");
            }
        }
    }
}
