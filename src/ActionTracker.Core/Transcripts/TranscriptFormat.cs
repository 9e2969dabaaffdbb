namespace ActionTracker.Core.Transcripts;

public enum TranscriptFormat
{
    /// <summary>WebVTT, speakers in <c>&lt;v Name&gt;</c> voice spans or as <c>Name: text</c> cue text.</summary>
    WebVtt,

    /// <summary>Plain <c>Name: text</c> lines, optionally prefixed with <c>[hh:mm:ss]</c>.</summary>
    PlainText,

    /// <summary>A Word document as Teams exports transcripts.</summary>
    Docx,
}
