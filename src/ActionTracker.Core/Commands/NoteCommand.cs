using ActionTracker.Core.Items;

namespace ActionTracker.Core.Commands;

/// <summary><c>note #42 TEXT</c>: appends a dated note.</summary>
public sealed record NoteCommand(ItemNumber Number, string Text) : ParsedCommand;
