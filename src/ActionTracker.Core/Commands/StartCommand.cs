using ActionTracker.Core.Items;

namespace ActionTracker.Core.Commands;

/// <summary><c>start #42</c>: mark in progress.</summary>
public sealed record StartCommand(IReadOnlyList<ItemNumber> Numbers) : ParsedCommand;
