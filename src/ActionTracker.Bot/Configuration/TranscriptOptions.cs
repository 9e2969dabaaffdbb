using System.ComponentModel.DataAnnotations;
using ActionTracker.Core.Meetings;

namespace ActionTracker.Bot.Configuration;

/// <summary>The <c>Transcripts</c> section: how long pasted transcript text is kept (quotes in drafts are kept regardless).</summary>
internal sealed class TranscriptOptions
{
    public const string SectionName = "Transcripts";

    /// <summary>0: deleted as soon as the draft exists (or the transcript is refused); N: kept N days, then deleted by the scheduler.</summary>
    [Range(0, 3650, ErrorMessage = "Transcripts:RawRetentionDays must be between 0 and 3650.")]
    public int RawRetentionDays { get; set; }

    public TranscriptRetention ToRetention() => new() { Raw = TimeSpan.FromDays(RawRetentionDays) };
}
