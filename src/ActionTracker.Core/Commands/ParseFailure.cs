namespace ActionTracker.Core.Commands;

/// <summary>The text is not a valid command; <see cref="Message"/> says why, <see cref="Usage"/> shows the right form, <see cref="Suggestion"/> is a "did you mean" verb.</summary>
public sealed record ParseFailure(string Message, string? Usage = null, string? Suggestion = null) : ParsedCommand;
