namespace ActionTracker.Core.Ports;

/// <summary>Whether storage answers, and if not a short reason safe to show an operator.</summary>
public sealed record StorageHealth(bool IsHealthy, string? Reason);
