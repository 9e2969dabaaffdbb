namespace ActionTracker.Core.Commands;

/// <summary><c>decisions [since DATE]</c>.</summary>
public sealed record DecisionsCommand(string? SinceText) : ParsedCommand;
