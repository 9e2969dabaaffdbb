using ActionTracker.Core.Transcripts;

namespace ActionTracker.Core.Meetings;

/// <summary>Reads transcript bytes for the review flow: the reader's message on failure, and a transcript without speech is refused too.</summary>
internal static class TranscriptInput
{
    public static (Transcript? Transcript, string? Error) Read(ReadOnlyMemory<byte> content, string? fileName)
    {
        if (content.Length > DraftLimits.MaxBytes)
        {
            return (null, DraftLimits.TooLargeMessage(content.Length));
        }

        TranscriptReadResult result = TranscriptReader.Read(content, fileName);
        if (!result.IsSuccess || result.Transcript is not { } transcript)
        {
            return (null, result.Error ?? "That transcript could not be read.");
        }

        return transcript.Cues.Count == 0 ? (null, "There is nothing said in it.") : (transcript, null);
    }
}
