namespace ActionTracker.Core.Sync;

/// <summary>The tasks changed since the last delta read, and where the next read starts.</summary>
public sealed record TodoDelta(IReadOnlyList<TodoTaskSnapshot> Changes, string DeltaLink);
