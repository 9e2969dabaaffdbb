namespace ActionTracker.Core.Transcripts;

/// <summary>A speaker named inside a sentence: which speaker, and the words [Index, Index + Length) that name them.</summary>
internal readonly record struct SpeakerMention(string Speaker, int Index, int Length);
