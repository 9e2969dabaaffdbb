using System.Text;
using ActionTracker.Core.Transcripts;

namespace ActionTracker.Core.Tests.Transcripts;

/// <summary>A transcript pasted as "Name: text" lines (or one sentence of one), read as the bot reads pasted text; fails the test if unreadable.</summary>
internal static class PastedTranscript
{
    public static Transcript Read(string text)
    {
        TranscriptReadResult result = TranscriptReader.Read(Encoding.UTF8.GetBytes(text), "meeting.txt");
        Assert.True(result.IsSuccess, result.Error);
        return result.Transcript!;
    }

    /// <summary>One sentence said by <paramref name="speaker"/>, split and normalised as the extractor does.</summary>
    public static TranscriptSentence Sentence(string text, string speaker = "Dana") =>
        TranscriptSentenceSplitter.Split([new TranscriptCue { Speaker = speaker, Text = text, Start = TimeSpan.Zero }])[0];
}
