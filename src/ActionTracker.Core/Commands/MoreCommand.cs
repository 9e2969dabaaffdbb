namespace ActionTracker.Core.Commands;

/// <summary><c>more</c>: the next page of the last list in this conversation.</summary>
public sealed record MoreCommand : ParsedCommand;
