using ActionTracker.Core.Items;

namespace ActionTracker.Core.Commands;

/// <summary><c>link #42 G7</c> or <c>link #42 G7.2</c>; <see cref="GoalId"/> null means unlink.</summary>
public sealed record LinkCommand(ItemNumber Number, string? GoalId) : ParsedCommand;
