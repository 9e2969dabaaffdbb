using System.Text.Json;
using ActionTracker.Core.Tenancy;
using ActionTracker.Core.Work;

namespace ActionTracker.Core.Sync;

/// <summary>The queued sync of one person's To Do list; retried after throttling with <see cref="Attempt"/> counting up.</summary>
public sealed record TodoSyncJob
{
    public const string WorkKind = "todo.sync";

    public required string PersonId { get; init; }

    public int Attempt { get; init; }

    public WorkItem ToWorkItem(TenantKey tenant, string idempotencyKey) => new()
    {
        Kind = WorkKind,
        Tenant = tenant,
        IdempotencyKey = idempotencyKey,
        Payload = JsonSerializer.Serialize(this, SyncJsonContext.Default.TodoSyncJob),
    };
}
