using System.Text.Json;

namespace ActionTracker.Teams.Protocol;

/// <summary>An attachment on an inbound activity, e.g. a file in personal chat (<c>application/vnd.microsoft.teams.file.download.info</c>).</summary>
public sealed record InboundAttachment
{
    public string? ContentType { get; init; }

    public string? Name { get; init; }

    public string? ContentUrl { get; init; }

    /// <summary>For files: <c>{ downloadUrl, uniqueId, fileType }</c>.</summary>
    public JsonElement? Content { get; init; }
}
