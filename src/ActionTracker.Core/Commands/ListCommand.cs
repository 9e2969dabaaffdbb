namespace ActionTracker.Core.Commands;

/// <summary><c>list [@person|team|goal G7|meeting M3] [overdue|due this week|blocked|done since DATE]</c>.</summary>
public sealed record ListCommand : ParsedCommand
{
    public ListScope Scope { get; init; } = ListScope.Mine;

    public ListFilter Filter { get; init; } = ListFilter.Open;

    public PersonSpec? Person { get; init; }

    public string? GoalId { get; init; }

    public string? MeetingId { get; init; }

    /// <summary>For <see cref="ListFilter.DoneSince"/>: the date expression as typed.</summary>
    public string? SinceText { get; init; }
}
