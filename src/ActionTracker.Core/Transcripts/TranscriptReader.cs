using System.Text;

namespace ActionTracker.Core.Transcripts;

/// <summary>
/// Reads a transcript file as Teams, Zoom or a person produces it: WebVTT (voice spans or "Name: text" cues),
/// plain "Name: text" lines with optional "[hh:mm:ss]" times, or a Teams .docx export. Never throws: unreadable
/// input becomes a <see cref="TranscriptReadResult"/> with a message; damaged files are read as far as they make sense.
/// </summary>
public static class TranscriptReader
{
    public static TranscriptReadResult Read(ReadOnlyMemory<byte> content, string? fileName)
    {
        if (content.Length > TranscriptLimits.MaxBytes)
        {
            return TranscriptReadResult.Failure($"The transcript is {content.Length / (1024.0 * 1024.0):0.0} MB; the limit is {TranscriptLimits.MaxBytes / (1024 * 1024)} MB.");
        }

        if (content.IsEmpty)
        {
            return TranscriptReadResult.Failure("The transcript is empty.");
        }

        bool isDocx = DocxText.LooksLikeZip(content.Span)
            || (fileName?.EndsWith(".docx", StringComparison.OrdinalIgnoreCase) ?? false);
        if (isDocx)
        {
            string? documentText = DocxText.Read(content);
            return documentText is null
                ? TranscriptReadResult.Failure("The .docx file could not be opened; export the transcript again or send it as .vtt.")
                : FromText(documentText, TranscriptFormat.Docx);
        }

        return FromText(Decode(content.Span), null);
    }

    private static TranscriptReadResult FromText(string text, TranscriptFormat? knownFormat)
    {
        string normalized = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Replace("\0", string.Empty, StringComparison.Ordinal);
        if (string.IsNullOrWhiteSpace(normalized))
        {
            return TranscriptReadResult.Failure("The transcript is empty.");
        }

        bool isVtt = VttTranscriptParser.LooksLikeVtt(normalized);
        List<TranscriptCue> cues = isVtt ? VttTranscriptParser.Parse(normalized) : PlainTextTranscriptParser.Parse(normalized);
        TranscriptFormat format = knownFormat ?? (isVtt ? TranscriptFormat.WebVtt : TranscriptFormat.PlainText);
        if (cues.Count == 0)
        {
            return TranscriptReadResult.Failure(isVtt
                ? "The WebVTT file has no cues with text."
                : "No speaker turns found; expected WebVTT or lines such as \"Maria: I'll send the budget\".");
        }

        TimeSpan? last = cues.Max(c => c.Start);
        if (last > TranscriptLimits.MaxDuration)
        {
            return TranscriptReadResult.Failure($"The transcript runs {last.Value.TotalHours:0.#} hours; the limit is {TranscriptLimits.MaxDuration.TotalHours:0} hours.");
        }

        if (cues.All(c => c.Speaker is null) && cues.Sum(c => c.Text.Length) < 2)
        {
            return TranscriptReadResult.Failure("The transcript has no readable text.");
        }

        return TranscriptReadResult.Success(new Transcript { Cues = cues, Format = format });
    }

    /// <summary>UTF-8 unless a UTF-16 byte order mark says otherwise; invalid bytes become U+FFFD rather than an error.</summary>
    private static string Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE)
        {
            return Encoding.Unicode.GetString(bytes[2..]);
        }

        if (bytes.Length >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF)
        {
            return Encoding.BigEndianUnicode.GetString(bytes[2..]);
        }

        if (bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF)
        {
            bytes = bytes[3..];
        }

        return Encoding.UTF8.GetString(bytes).TrimStart('\uFEFF');
    }
}
