namespace ActionTracker.Core.Commands;

/// <summary>
/// <c>settings</c> shows the requester's reminder settings; <c>settings timezone ZONE</c>, <c>settings hours 09:00-17:30</c>
/// and <c>settings mute until DATE</c> / <c>settings unmute</c> change them.
/// </summary>
public sealed record SettingsCommand(string? Field, string? Value) : ParsedCommand;
