namespace ActionTracker.Core.Commands;

/// <summary><c>export [mine|@person|team] csv|md</c>: an expiring download link with every field and the audit history.</summary>
public sealed record ExportCommand(ListScope Scope, PersonSpec? Person, ExportFormat Format) : ParsedCommand;
