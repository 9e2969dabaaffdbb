namespace ActionTracker.Core.Commands;

/// <summary><c>admin list</c>, <c>admin add @x</c>, <c>admin remove @x</c>.</summary>
public sealed record AdminCommand(AdminAction Action, PersonSpec? Person) : ParsedCommand;
