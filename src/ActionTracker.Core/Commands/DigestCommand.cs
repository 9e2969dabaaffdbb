namespace ActionTracker.Core.Commands;

/// <summary>
/// <c>digest setup [#channel] [weekday] [HH:mm]</c>, <c>digest preview</c>, <c>digest now</c>. <see cref="ChannelId"/> is
/// null for "this conversation"; <see cref="Day"/> and <see cref="Time"/> are null to keep the current schedule's.
/// </summary>
public sealed record DigestCommand(DigestAction Action, string? ChannelId = null, DayOfWeek? Day = null, TimeOnly? Time = null) : ParsedCommand;
