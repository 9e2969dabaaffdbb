namespace ActionTracker.Core.Ports;

/// <summary>Reads only the open items due in a window, across tenants, for the reminder sweep.</summary>
public interface IDueIndex
{
    /// <summary>
    /// Open items with a deadline in [<paramref name="fromUtc"/>, <paramref name="toUtc"/>), verified against the items
    /// themselves so a stale index row never produces a reminder. Cost grows with the due items, not the stored ones.
    /// </summary>
    Task<IReadOnlyList<DueEntry>> QueryDueAsync(DateTimeOffset fromUtc, DateTimeOffset toUtc, CancellationToken cancellationToken);
}
