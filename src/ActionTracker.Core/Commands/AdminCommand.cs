namespace ActionTracker.Core.Commands;

/// <summary><c>admin list</c>, <c>admin add @x</c>, <c>admin remove @x</c>, <c>admin export-tenant [csv|md]</c>, <c>admin forget @x</c>, <c>admin log</c>.</summary>
public sealed record AdminCommand(AdminAction Action, PersonSpec? Person, ExportFormat Format = ExportFormat.Csv) : ParsedCommand;
