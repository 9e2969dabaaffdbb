namespace ActionTracker.Core.Sync;

/// <summary>A task as Graph reported it in a delta read.</summary>
public sealed record TodoTaskSnapshot
{
    public required string Id { get; init; }

    public bool IsCompleted { get; init; }

    public DateTimeOffset LastModified { get; init; }

    /// <summary>The task was deleted in To Do.</summary>
    public bool IsRemoved { get; init; }

    /// <summary>The linked resource's externalId, when the task is one of ours.</summary>
    public string? ExternalId { get; init; }
}
