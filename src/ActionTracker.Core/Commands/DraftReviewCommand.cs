namespace ActionTracker.Core.Commands;

/// <summary>
/// A click on a transcript review card: <c>transcript accept M3 2</c>, <c>transcript accept M3 all</c>,
/// <c>transcript reject M3 2</c>, <c>transcript edit M3 2 title=… owner=… due=…</c>, <c>transcript show M3</c>.
/// </summary>
public sealed record DraftReviewCommand(long Meeting, DraftReviewAction Action, int? Item = null) : ParsedCommand
{
    public string? Title { get; init; }

    public string? Owner { get; init; }

    public string? Due { get; init; }
}
