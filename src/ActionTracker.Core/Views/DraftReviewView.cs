namespace ActionTracker.Core.Views;

/// <summary>
/// The review card of a meeting's transcript draft: each item with its quote, timestamp and confidence and
/// accept / edit / reject buttons, "accept all", the decisions, and which new owners have not answered yet.
/// </summary>
public sealed record DraftReviewView : ChatView
{
    /// <summary><c>M3</c>.</summary>
    public required string MeetingId { get; init; }

    public required string Title { get; init; }

    /// <summary>Who reviews it (the organizer) and where it came from, one line.</summary>
    public required string Subtitle { get; init; }

    public required IReadOnlyList<DraftReviewLine> Items { get; init; }

    public required IReadOnlyList<DraftReviewDecision> Decisions { get; init; }

    /// <summary>"Maria Garcia (#12)" for each new owner who has not accepted yet.</summary>
    public IReadOnlyList<string> AwaitingAnswer { get; init; } = [];

    /// <summary>Card-wide buttons (accept all).</summary>
    public IReadOnlyList<ViewAction> Actions { get; init; } = [];
}
