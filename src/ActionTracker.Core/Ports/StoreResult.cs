namespace ActionTracker.Core.Ports;

/// <summary>The result of a store write: the stored value, or why nothing was written.</summary>
public sealed record StoreResult<T>
    where T : class
{
    private StoreResult(StoreOutcome outcome, T? value, string? message)
    {
        Outcome = outcome;
        Value = value;
        Message = message;
    }

    public StoreOutcome Outcome { get; }

    public T? Value { get; }

    /// <summary>A human-readable reason for every outcome but <see cref="StoreOutcome.Ok"/>.</summary>
    public string? Message { get; }

    public bool IsOk => Outcome == StoreOutcome.Ok;

    public static StoreResult<T> Ok(T value) => new(StoreOutcome.Ok, value ?? throw new ArgumentNullException(nameof(value)), null);

    public static StoreResult<T> NotFound(string message) => new(StoreOutcome.NotFound, null, message);

    public static StoreResult<T> Conflict(string message) => new(StoreOutcome.Conflict, null, message);

    public static StoreResult<T> Invalid(string message) => new(StoreOutcome.Invalid, null, message);
}
