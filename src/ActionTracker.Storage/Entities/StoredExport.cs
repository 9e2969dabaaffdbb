using ActionTracker.Core.Commands;
using ActionTracker.Core.Execution;

namespace ActionTracker.Storage.Entities;

/// <summary>JSON document of an <see cref="ActionTracker.Core.Ports.ExportRequest"/> (the token is not stored).</summary>
internal sealed record StoredExport(
    string Tenant,
    StoredPerson Requester,
    string ConversationId,
    ConversationKind ConversationKind,
    ListScope Scope,
    string? PersonId,
    ExportFormat Format,
    DateTimeOffset ExpiresAt);
