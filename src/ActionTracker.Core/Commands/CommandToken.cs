namespace ActionTracker.Core.Commands;

/// <summary>One whitespace-separated word of a command and where it sits in the text (end exclusive).</summary>
internal readonly record struct CommandToken(string Text, int Start, int End);
