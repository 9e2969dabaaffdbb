using ActionTracker.Core.Transcripts;
using BenchmarkDotNet.Attributes;

namespace ActionTracker.Benchmarks;

/// <summary>
/// Reading and extracting a 1-hour (~10k words) transcript, against 4× the transcript in the same run: the Ratio
/// column shows whether the work grows linearly (bar: 1 hour ≤ 20 ms, 4× ≤ 4.5× the time).
/// </summary>
[MemoryDiagnoser]
public class TranscriptBenchmarks
{
    private readonly RuleBasedTranscriptExtractor _extractor = new();
    private readonly ExtractionContext _context = new() { MeetingDate = new DateOnly(2026, 11, 23) };
    private byte[] _oneHour = null!;
    private byte[] _fourTimes = null!;

    [GlobalSetup]
    public void Setup()
    {
        _oneHour = SyntheticTranscript.Create(10_000, TimeSpan.FromHours(1), seed: 1);
        _fourTimes = SyntheticTranscript.Create(40_000, TimeSpan.FromHours(3.9), seed: 1);
    }

    [Benchmark(Baseline = true, Description = "read + extract: 1 hour, 10k words")]
    public TranscriptExtraction OneHour() => ReadAndExtract(_oneHour);

    [Benchmark(Description = "read + extract: 4x, 40k words")]
    public TranscriptExtraction FourTimes() => ReadAndExtract(_fourTimes);

    private TranscriptExtraction ReadAndExtract(byte[] content)
    {
        Transcript transcript = TranscriptReader.Read(content, "meeting.vtt").Transcript ?? throw new InvalidOperationException("synthetic transcript did not parse");
        return _extractor.Extract(transcript, _context, CancellationToken.None);
    }
}
