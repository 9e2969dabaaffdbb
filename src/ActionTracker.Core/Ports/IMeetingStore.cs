using ActionTracker.Core.Meetings;
using ActionTracker.Core.Tenancy;

namespace ActionTracker.Core.Ports;

/// <summary>Meetings with their transcript drafts, one tenant at a time, plus pasted transcripts waiting for extraction.</summary>
public interface IMeetingStore
{
    /// <summary>
    /// Stores the draft under the tenant's next <c>M</c> number unless a draft of the same transcript exists; either
    /// way returns the stored draft (<see cref="StoreOutcome.Conflict"/> only under heavy contention).
    /// </summary>
    Task<StoreResult<MeetingDraft>> CreateAsync(MeetingDraft draft, CancellationToken cancellationToken);

    Task<MeetingDraft?> GetAsync(TenantKey tenant, long number, CancellationToken cancellationToken);

    /// <summary>The tenant's meetings with their drafts, oldest first, at most <paramref name="max"/> (tenant exports).</summary>
    Task<IReadOnlyList<MeetingDraft>> ListAsync(TenantKey tenant, int max, CancellationToken cancellationToken);

    Task<MeetingDraft?> FindByTranscriptAsync(TenantKey tenant, string transcriptHash, CancellationToken cancellationToken);

    /// <summary>Writes the draft if it is still at its <c>Meeting.Version</c>; otherwise a conflict and nothing written.</summary>
    Task<StoreResult<MeetingDraft>> SaveAsync(MeetingDraft draft, CancellationToken cancellationToken);

    /// <summary>Keeps pasted text until the queued extraction reads it (queue messages are too small for it).</summary>
    Task SaveInputAsync(TenantKey tenant, string inputId, string text, CancellationToken cancellationToken);

    Task<string?> GetInputAsync(TenantKey tenant, string inputId, CancellationToken cancellationToken);

    Task DeleteInputAsync(TenantKey tenant, string inputId, CancellationToken cancellationToken);

    /// <summary>
    /// Keeps pasted text after its extraction until <paramref name="until"/> (the raw-transcript retention); then
    /// <see cref="DeleteExpiredInputsAsync"/> removes it.
    /// </summary>
    Task RetainInputAsync(TenantKey tenant, string inputId, DateTimeOffset until, CancellationToken cancellationToken);

    /// <summary>Deletes kept pasted text whose retention ended at or before <paramref name="now"/>, at most <paramref name="max"/>; returns how many.</summary>
    Task<int> DeleteExpiredInputsAsync(DateTimeOffset now, int max, CancellationToken cancellationToken);
}
