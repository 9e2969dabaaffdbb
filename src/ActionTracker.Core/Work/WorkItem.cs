using ActionTracker.Core.Tenancy;

namespace ActionTracker.Core.Work;

/// <summary>A unit of work that must outlive the request that started it.</summary>
public sealed record WorkItem
{
    /// <summary>Selects the handler, e.g. <c>slack.respond</c> or <c>transcript.extract</c>.</summary>
    public required string Kind { get; init; }

    public required TenantKey Tenant { get; init; }

    /// <summary>Same key, same work: a redelivered or re-enqueued item is processed once.</summary>
    public required string IdempotencyKey { get; init; }

    /// <summary>Handler-specific JSON.</summary>
    public required string Payload { get; init; }
}
