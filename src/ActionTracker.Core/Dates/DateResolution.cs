namespace ActionTracker.Core.Dates;

/// <summary>The outcome of resolving a date expression: <see cref="ResolvedDate"/>, <see cref="DateQuestion"/> or <see cref="DateError"/>.</summary>
public abstract record DateResolution;
