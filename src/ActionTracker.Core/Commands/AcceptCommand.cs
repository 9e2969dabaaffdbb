using ActionTracker.Core.Items;

namespace ActionTracker.Core.Commands;

/// <summary><c>accept #42</c>: the proposed owner takes the item.</summary>
public sealed record AcceptCommand(ItemNumber Number) : ParsedCommand;
