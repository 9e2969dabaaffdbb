using System.Text.Json.Nodes;
using ActionTracker.Bot.Tests.Infrastructure;
using ActionTracker.Bot.Tests.Slack;
using ActionTracker.Core.Meetings;
using ActionTracker.TestSupport;

namespace ActionTracker.Bot.Tests.Transcripts;

/// <summary>Transcript jobs through the real host are counted by source and outcome, with what each extraction found.</summary>
[Collection(MetricsCollection.Name)]
public sealed class TranscriptMetricsTests : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    private readonly MetricRecorder _metrics = new(TranscriptMetrics.MeterName);

    public void Dispose() => _metrics.Dispose();

    [Fact]
    public async Task PasteTwice_CountsOneDraftOneReuseAndTheExtraction()
    {
        await using SlackHarness slack = await SlackHarness.StartAsync();

        await slack.PostCommandAsync("transcript " + TestTranscripts.Plain());
        await slack.Slack.WaitForAsync("chat.postMessage");
        await WaitForAsync(() => _metrics.Sum("actiontracker.transcripts.jobs", ("source", "paste"), ("outcome", "draft")) == 1);
        await slack.PostCommandAsync("transcript " + TestTranscripts.Plain());
        await slack.Slack.WaitForAsync("chat.postMessage", 2);
        await WaitForAsync(() => _metrics.Sum("actiontracker.transcripts.jobs", ("source", "paste"), ("outcome", "reused")) == 1);

        RecordedMeasurement items = Assert.Single(_metrics.Of("actiontracker.transcripts.items", ("source", "paste")));
        RecordedMeasurement decisions = Assert.Single(_metrics.Of("actiontracker.transcripts.decisions", ("source", "paste")));
        Assert.True(items.Value >= 4, $"items: {items.Value}");
        Assert.True(decisions.Value >= 1, $"decisions: {decisions.Value}");
        IReadOnlyList<RecordedMeasurement> confidence = _metrics.Of("actiontracker.transcripts.confidence", ("source", "paste"));
        Assert.Equal(items.Value, confidence.Count(c => c.Tags["kind"] == "item"));
        Assert.Equal(decisions.Value, confidence.Count(c => c.Tags["kind"] == "decision"));
        Assert.All(confidence, c => Assert.InRange(c.Value, 0, 1));
        Assert.Equal(2, _metrics.Sum("actiontracker.transcripts.jobs"));
    }

    [Fact]
    public async Task SharedUnreadableFile_CountedAsAFileJobThatCouldNotBeRead()
    {
        await using SlackHarness slack = await SlackHarness.StartAsync();
        slack.Slack.Answers["files.info"] = new JsonObject
        {
            ["ok"] = true,
            ["file"] = new JsonObject { ["id"] = "F1", ["name"] = "notes.docx", ["size"] = 2000, ["url_private_download"] = slack.Slack.BaseUrl + "files/notes.docx" },
        }.ToJsonString();
        slack.Slack.Answers["/files/notes.docx"] = "PK this is not a word document";

        await slack.PostEventAsync(SlackPayloads.Event("EvFile9", new JsonObject
        {
            ["type"] = "file_shared",
            ["file_id"] = "F0DOCX009",
            ["user_id"] = SlackHarness.UserId,
            ["channel_id"] = "D0DM00001",
            ["file"] = new JsonObject { ["id"] = "F0DOCX009" },
            ["event_ts"] = "1767225600.000100",
        }));
        await slack.Slack.WaitForAsync("chat.postMessage");

        await WaitForAsync(() => _metrics.Sum("actiontracker.transcripts.jobs", ("source", "file"), ("outcome", "unreadable")) == 1);
        Assert.Empty(_metrics.Of("actiontracker.transcripts.items"));
    }

    /// <summary>The counter moves after the card is posted: poll briefly instead of sleeping.</summary>
    private static async Task WaitForAsync(Func<bool> condition)
    {
        using var timeout = new CancellationTokenSource(Patience);
        while (!condition())
        {
            await Task.Delay(20, timeout.Token);
        }
    }
}
