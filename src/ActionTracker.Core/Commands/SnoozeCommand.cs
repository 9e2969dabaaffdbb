using ActionTracker.Core.Items;

namespace ActionTracker.Core.Commands;

/// <summary><c>snooze #42 2d|DATE</c>: a duration (2d, 1w, 3 days) or a date expression, as typed.</summary>
public sealed record SnoozeCommand(ItemNumber Number, string Text) : ParsedCommand;
