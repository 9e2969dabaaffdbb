using ActionTracker.Core.Items;

namespace ActionTracker.Core.Commands;

/// <summary><c>propose #42 DATE</c>: the proposed owner asks for another date.</summary>
public sealed record ProposeCommand(ItemNumber Number, string DateText) : ParsedCommand;
