namespace ActionTracker.Core.Commands;

/// <summary>
/// <c>settings</c> shows the requester's reminder settings; <c>settings timezone ZONE</c>, <c>settings hours 09:00-17:30</c>
/// and <c>settings mute until DATE</c> / <c>settings unmute</c> change them; <c>settings todo on|off</c> turns Microsoft To Do
/// sync on or off and <c>settings todo</c> shows its state.
/// </summary>
public sealed record SettingsCommand(string? Field, string? Value) : ParsedCommand;
