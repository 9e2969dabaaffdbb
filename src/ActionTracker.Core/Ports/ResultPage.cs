namespace ActionTracker.Core.Ports;

/// <summary>One page of a listing; pass <see cref="ContinuationToken"/> back to get the next.</summary>
public sealed record ResultPage<T>(IReadOnlyList<T> Items, string? ContinuationToken)
{
    public bool HasMore => ContinuationToken is not null;
}
