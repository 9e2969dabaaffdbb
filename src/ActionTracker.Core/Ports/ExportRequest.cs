using ActionTracker.Core.Commands;
using ActionTracker.Core.Execution;
using ActionTracker.Core.People;
using ActionTracker.Core.Tenancy;

namespace ActionTracker.Core.Ports;

/// <summary>
/// A pending download: what to export and on whose behalf. The file is produced when the link is opened, with the
/// requester's visibility at that time, so nothing sensitive is stored ahead and a revoked right revokes the export.
/// </summary>
public sealed record ExportRequest
{
    public required string Token { get; init; }

    public required TenantKey Tenant { get; init; }

    public required PersonRef Requester { get; init; }

    public required string ConversationId { get; init; }

    public required ConversationKind ConversationKind { get; init; }

    public required ListScope Scope { get; init; }

    public string? PersonId { get; init; }

    public required ExportFormat Format { get; init; }

    public required DateTimeOffset ExpiresAt { get; init; }
}
