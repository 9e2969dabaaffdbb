namespace ActionTracker.Core.Meetings;

public enum MeetingStatus
{
    /// <summary>Extracted from a transcript and waiting for a person to confirm.</summary>
    Draft,
    Confirmed,
    Rejected,
}
