using ActionTracker.Core.Items;

namespace ActionTracker.Core.Commands;

/// <summary><c>decline #42 [reason]</c>: the proposed owner hands it back.</summary>
public sealed record DeclineCommand(ItemNumber Number, string? Reason) : ParsedCommand;
