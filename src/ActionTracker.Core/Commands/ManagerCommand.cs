namespace ActionTracker.Core.Commands;

/// <summary><c>admin manager @person @manager</c> (or <c>none</c>): the reporting line reviews use.</summary>
public sealed record ManagerCommand(PersonSpec Person, PersonSpec? Manager) : ParsedCommand;
