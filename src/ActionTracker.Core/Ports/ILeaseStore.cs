namespace ActionTracker.Core.Ports;

/// <summary>
/// Lease rows for scheduled work: one holder per name (a time bucket of a sweep) at a time. A lease whose expiry has
/// passed belongs to a holder that stopped (crashed or hung) and is taken over, conditional on the row's version.
/// </summary>
public interface ILeaseStore
{
    /// <summary>Takes the lease when it is free, expired or already finished by nobody; null while someone else holds it or it is done.</summary>
    Task<Lease?> TryAcquireAsync(string name, string holder, TimeSpan duration, CancellationToken cancellationToken);

    /// <summary>Extends a held lease; null when it was lost (expired and taken over), so the holder must stop.</summary>
    Task<Lease?> RenewAsync(Lease lease, TimeSpan duration, CancellationToken cancellationToken);

    /// <summary>Ends a held lease and records the bucket's work as done, so later runs in the same bucket skip it.</summary>
    Task CompleteAsync(Lease lease, CancellationToken cancellationToken);

    /// <summary>
    /// Deletes the finished or expired leases of the same sweep (the part of the name before <c>|</c>) whose names sort
    /// before <paramref name="cutoffName"/>, at most <paramref name="max"/>; a lease still held is never deleted.
    /// Returns how many were deleted.
    /// </summary>
    Task<int> DeleteBeforeAsync(string cutoffName, int max, CancellationToken cancellationToken);
}
