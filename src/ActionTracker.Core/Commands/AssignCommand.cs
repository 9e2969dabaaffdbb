using ActionTracker.Core.Items;

namespace ActionTracker.Core.Commands;

/// <summary><c>assign #42 @person</c>.</summary>
public sealed record AssignCommand(ItemNumber Number, PersonSpec Owner) : ParsedCommand;
