namespace ActionTracker.Core.Transcripts;

/// <summary>A run of consecutive speaker turns sent to a model in one request: cues [First, First + Count).</summary>
public sealed record TranscriptChunk(int First, int Count)
{
    public int End => First + Count;

    public bool Contains(int cueIndex) => cueIndex >= First && cueIndex < End;
}
