namespace ActionTracker.Storage.Keys;

/// <summary>Table names before the configured prefix.</summary>
internal static class TableNames
{
    public const string Items = "Items";
    public const string DueIndex = "DueIndex";
    public const string Dedupe = "Dedupe";
    public const string People = "People";
    public const string Settings = "Settings";
    public const string Decisions = "Decisions";
    public const string Cursors = "Cursors";
    public const string Conversations = "Conversations";
    public const string Goals = "Goals";
    public const string Exports = "Exports";
    public const string Leases = "Leases";
    public const string Deliveries = "Deliveries";
    public const string Meetings = "Meetings";
    public const string AdminAudit = "AdminAudit";
    public const string TranscriptExpiry = "TranscriptExpiry";
    public const string TodoSync = "TodoSync";
}
