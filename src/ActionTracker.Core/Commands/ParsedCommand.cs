namespace ActionTracker.Core.Commands;

/// <summary>What a person asked for: one record per verb, or a <see cref="ParseFailure"/>.</summary>
public abstract record ParsedCommand;
