using ActionTracker.Core.Transcripts;

namespace ActionTracker.Core.Tests.Transcripts;

public sealed class TranscriptChunkerTests
{
    [Fact]
    public void Split_ShortTranscript_IsOneChunk()
    {
        Transcript transcript = Turns(10, 80);

        Assert.Equal([new TranscriptChunk(0, 10)], TranscriptChunker.Split(transcript, 12_000));
    }

    [Theory]
    [InlineData(200, 80, 500)]
    [InlineData(1000, 300, 2000)]
    [InlineData(100, 10, 500)]
    public void Split_LongTranscript_CoversEveryTurnWithinBudgetAndOverlaps(int turns, int chars, int budget)
    {
        Transcript transcript = Turns(turns, chars);

        IReadOnlyList<TranscriptChunk> chunks = TranscriptChunker.Split(transcript, budget);

        Assert.Equal(0, chunks[0].First);
        Assert.Equal(turns, chunks[^1].End);
        Assert.All(chunks, c => Assert.InRange(Enumerable.Range(c.First, c.Count).Sum(i => TranscriptChunker.EstimateTokens(transcript.Cues[i])), 1, budget));
        for (int i = 1; i < chunks.Count; i++)
        {
            Assert.Equal(TranscriptChunker.OverlapTurns, chunks[i - 1].End - chunks[i].First);
        }
    }

    [Fact]
    public void Split_TurnsLargerThanTheBudget_AreSentAloneAndAlwaysMoveForward()
    {
        Transcript transcript = Turns(6, 10_000);

        IReadOnlyList<TranscriptChunk> chunks = TranscriptChunker.Split(transcript, 500);

        Assert.Equal(Enumerable.Range(0, 6).Select(i => new TranscriptChunk(i, 1)), chunks);
    }

    [Fact]
    public void Split_EmptyTranscript_HasNoChunks()
    {
        Assert.Empty(TranscriptChunker.Split(Turns(0, 10), 500));
    }

    private static Transcript Turns(int count, int chars) => new()
    {
        Format = TranscriptFormat.PlainText,
        Cues = Enumerable.Range(0, count).Select(i => new TranscriptCue { Speaker = i % 2 == 0 ? "Lena Park" : "Omar Haddad", Text = new string('a', chars) }).ToList(),
    };
}
