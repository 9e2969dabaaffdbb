using ActionTracker.Core.Items;

namespace ActionTracker.Core.Commands;

/// <summary><c>edit #42 title|notes|context TEXT</c>.</summary>
public sealed record EditCommand(ItemNumber Number, EditField Field, string Text) : ParsedCommand;
