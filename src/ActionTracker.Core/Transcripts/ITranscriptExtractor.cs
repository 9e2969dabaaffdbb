namespace ActionTracker.Core.Transcripts;

/// <summary>
/// Turns a transcript into draft items and decisions. The rule-based extractor needs no network;
/// an optional model-backed one implements the same interface.
/// </summary>
public interface ITranscriptExtractor
{
    ValueTask<TranscriptExtraction> ExtractAsync(Transcript transcript, ExtractionContext context, CancellationToken cancellationToken);
}
