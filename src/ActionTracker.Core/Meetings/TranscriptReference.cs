namespace ActionTracker.Core.Meetings;

/// <summary>Where a transcript is to be fetched from; the fields a source needs, all optional but <see cref="Kind"/>.</summary>
public sealed record TranscriptReference
{
    public const string PastedKind = "paste";

    public required string Kind { get; init; }

    /// <summary>Stored pasted text, a Slack file id, or an online meeting id.</summary>
    public string? Id { get; init; }

    /// <summary>A download URL (Teams file attachments).</summary>
    public string? Url { get; init; }

    public string? FileName { get; init; }

    /// <summary>One transcript of a meeting (Graph notifications name it); null means the latest.</summary>
    public string? TranscriptId { get; init; }
}
