namespace ActionTracker.Core.Commands;

/// <summary><c>prep [M3]</c>: the roll-up of a meeting's items; <see cref="MeetingId"/> is null for this conversation's latest meeting.</summary>
public sealed record PrepCommand(string? MeetingId) : ParsedCommand;
