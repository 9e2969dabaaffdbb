using System.Diagnostics.Metrics;
using ActionTracker.Core.Transcripts;

namespace ActionTracker.Core.Meetings;

/// <summary>
/// Queued transcript extractions, exported when telemetry is on: jobs by source (paste, file, graph) and outcome, and
/// per extracted transcript how many items and decisions it held and how confident each one was.
/// </summary>
public static class TranscriptMetrics
{
    public const string MeterName = "ActionTracker.Transcripts";

    private static readonly double[] ConfidenceBuckets = [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0];
    private static readonly int[] CountBuckets = [0, 1, 2, 5, 10, 20, 50, 100];

    private static readonly Meter Meter = new(MeterName);

    private static readonly Counter<long> Jobs = Meter.CreateCounter<long>(
        "actiontracker.transcripts.jobs", unit: "{job}", description: "Transcript jobs, by source (paste, file, graph) and outcome (draft, reused, already_posted, empty, fetch_failed, too_large, unreadable)");

    private static readonly Histogram<int> Items = Meter.CreateHistogram(
        "actiontracker.transcripts.items", unit: "{item}", description: "Action items found per extracted transcript", tags: null, advice: new InstrumentAdvice<int> { HistogramBucketBoundaries = CountBuckets });

    private static readonly Histogram<int> Decisions = Meter.CreateHistogram(
        "actiontracker.transcripts.decisions", unit: "{decision}", description: "Decisions found per extracted transcript", tags: null, advice: new InstrumentAdvice<int> { HistogramBucketBoundaries = CountBuckets });

    private static readonly Histogram<double> Confidence = Meter.CreateHistogram(
        "actiontracker.transcripts.confidence", unit: "1", description: "Confidence (0..1) of each extracted item and decision, by kind", tags: null, advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = ConfidenceBuckets });

    internal static void Job(TranscriptReference source, string outcome) =>
        Jobs.Add(1, new("source", Source(source)), new("outcome", outcome));

    internal static void Extracted(TranscriptReference source, TranscriptExtraction extraction)
    {
        var tag = new KeyValuePair<string, object?>("source", Source(source));
        Items.Record(extraction.Items.Count, tag);
        Decisions.Record(extraction.Decisions.Count, tag);
        foreach (DraftItem item in extraction.Items)
        {
            Confidence.Record(item.Confidence, tag, new("kind", "item"));
        }

        foreach (DraftDecision decision in extraction.Decisions)
        {
            Confidence.Record(decision.Confidence, tag, new("kind", "decision"));
        }
    }

    /// <summary>Bounded source names: pasted text, an uploaded file (Slack or Teams), or a Teams meeting via Graph.</summary>
    internal static string Source(TranscriptReference source) => source.Kind switch
    {
        TranscriptReference.PastedKind => "paste",
        { } kind when kind.EndsWith(".file", StringComparison.Ordinal) => "file",
        { } kind when kind.StartsWith("graph", StringComparison.Ordinal) => "graph",
        _ => "other",
    };
}
