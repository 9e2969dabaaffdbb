using System.Security.Cryptography;
using System.Text;
using ActionTracker.Core.Transcripts;

namespace ActionTracker.Core.Meetings;

/// <summary>
/// Identifies a transcript by what was said, not how it was sent: the same meeting pasted, uploaded as .vtt or
/// fetched from Graph hashes alike, so a second run finds the first draft.
/// </summary>
public static class TranscriptFingerprint
{
    public static string Of(Transcript transcript)
    {
        ArgumentNullException.ThrowIfNull(transcript);
        var text = new StringBuilder();
        foreach (TranscriptCue cue in transcript.Cues)
        {
            text.Append(Normalize(cue.Speaker ?? string.Empty)).Append('\u001f').Append(Normalize(cue.Text)).Append('\n');
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    private static string Normalize(string value) =>
        string.Join(' ', value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToUpperInvariant();
}
