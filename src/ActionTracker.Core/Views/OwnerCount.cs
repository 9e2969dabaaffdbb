namespace ActionTracker.Core.Views;

/// <summary>Per-owner totals in a digest.</summary>
public sealed record OwnerCount(string Owner, int Open, int Completed, int Overdue);
