namespace ActionTracker.Teams.Graph;

/// <summary>The queued part of a transcript change notification.</summary>
public sealed record GraphTranscriptNotice(string MeetingId, string TranscriptId);
