namespace ActionTracker.Core.Ports;

/// <summary>Where a person's last listing in a conversation stopped, so <c>more</c> continues it.</summary>
public sealed record ListCursor(ListQuery Query, string ContinuationToken, int PagesShown);
