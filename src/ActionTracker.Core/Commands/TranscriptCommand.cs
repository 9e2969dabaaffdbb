namespace ActionTracker.Core.Commands;

/// <summary><c>transcript [TEXT]</c>: read a pasted transcript into a draft; without text the channel asks for it.</summary>
public sealed record TranscriptCommand(string? Text) : ParsedCommand;
