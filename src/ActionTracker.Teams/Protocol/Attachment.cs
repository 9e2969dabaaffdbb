using System.Text.Json.Nodes;

namespace ActionTracker.Teams.Protocol;

public sealed record Attachment
{
    public required string ContentType { get; init; }

    public required JsonObject Content { get; init; }
}
