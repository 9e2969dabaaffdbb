using System.Globalization;
using ActionTracker.Core.Execution;
using ActionTracker.Core.Items;
using ActionTracker.Core.Ports;
using ActionTracker.Core.Views;

namespace ActionTracker.Core.Meetings;

/// <summary>A meeting draft as its review card: buttons only on items still to decide, and the owners who have not answered.</summary>
public static class DraftPresenter
{
    public static async Task<CommandResult> ResultAsync(MeetingDraft draft, IActionItemStore items, string? note, bool succeeded, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(items);
        var awaiting = new List<string>();
        foreach (MeetingDraftItem line in draft.Items)
        {
            if (line.SavedAs is { } number && await items.GetAsync(draft.Meeting.Tenant, number, cancellationToken) is { Status: ItemStatus.Proposed } proposed)
            {
                awaiting.Add((proposed.Owner?.DisplayName ?? "nobody") + " (" + number + ")");
            }
        }

        DraftReviewView view = View(draft, awaiting);
        return new CommandResult
        {
            Text = Summary(draft, view, note),
            Views = note is null ? [view] : [new ErrorView(note, null, null), view],
            Visibility = ResponseVisibility.Conversation,
            Succeeded = succeeded,
        };
    }

    public static DraftReviewView View(MeetingDraft draft, IReadOnlyList<string> awaitingAnswer)
    {
        ArgumentNullException.ThrowIfNull(draft);
        string id = draft.Id;
        var lines = draft.Items.Select(item => Line(id, item)).ToList();
        var decisions = draft.Decisions
            .Select(d => new DraftReviewDecision(d.Extracted.Text, Cut(d.Extracted.Quote), Time(d.Extracted.Timestamp), d.SavedAs is { } n ? "D" + n.ToString(CultureInfo.InvariantCulture) : null))
            .ToList();
        string organizer = draft.Meeting.Organizer?.DisplayName ?? "the organizer";
        int open = draft.Items.Count(i => i.State == DraftReviewState.Pending);
        string subtitle = draft.Items.Count == 0
            ? $"No action items found. Organizer: {organizer}."
            : open == 0
                ? $"Reviewed by {organizer}'s team: {draft.Items.Count(i => i.SavedAs is not null)} saved, {draft.Items.Count(i => i.State == DraftReviewState.Rejected)} rejected."
                : $"{open} of {draft.Items.Count} to review. Organizer: {organizer}. Nothing is saved until it is accepted.";
        return new DraftReviewView
        {
            MeetingId = id,
            Title = $"{id} {draft.Meeting.Title}",
            Subtitle = subtitle,
            Items = lines,
            Decisions = decisions,
            AwaitingAnswer = awaitingAnswer,
            Actions = open > 0 ? [new ViewAction(ViewActionKind.Confirm, "Accept all", $"transcript accept {id} all")] : [],
        };
    }

    private static DraftReviewLine Line(string meetingId, MeetingDraftItem item)
    {
        string index = item.Index.ToString(CultureInfo.InvariantCulture);
        bool open = item.State is DraftReviewState.Pending or DraftReviewState.Rejected && item.SavedAs is null;
        IReadOnlyList<ViewAction> actions = !open
            ? []
            : item.State == DraftReviewState.Rejected
                ? [new ViewAction(ViewActionKind.Accept, "Accept", $"transcript accept {meetingId} {index}")]
                : [
                    new ViewAction(ViewActionKind.Accept, "Accept", $"transcript accept {meetingId} {index}"),
                    new ViewAction(ViewActionKind.Edit, "Edit", $"transcript edit {meetingId} {index}"),
                    new ViewAction(ViewActionKind.Decline, "Reject", $"transcript reject {meetingId} {index}"),
                ];
        return new DraftReviewLine
        {
            Index = item.Index,
            Title = item.Title,
            Owner = item.Owner?.DisplayName ?? item.OwnerName,
            OwnerId = item.Owner?.Id,
            Due = item.Due?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            Quote = Cut(item.Extracted.Quote),
            Speaker = item.Extracted.Speaker,
            Timestamp = Time(item.Extracted.Timestamp),
            ConfidencePercent = (int)Math.Round(Math.Clamp(item.Extracted.Confidence, 0, 1) * 100),
            State = State(item),
            IsPending = item.State == DraftReviewState.Pending,
            PossibleDuplicateOf = item.DuplicateOf?.ToString(),
            Actions = actions,
        };
    }

    private static string State(MeetingDraftItem item) => (item.State, item.SavedAs) switch
    {
        (DraftReviewState.Pending, _) => "to review",
        (DraftReviewState.Rejected, _) => "rejected",
        (DraftReviewState.Edited, { } n) => "edited, saved as " + n,
        (_, { } n) => "accepted, saved as " + n,
        _ => "being saved",
    };

    private static string Summary(MeetingDraft draft, DraftReviewView view, string? note)
    {
        var text = new List<string>();
        if (note is not null)
        {
            text.Add(note);
        }

        text.Add($"{view.Title}: {view.Subtitle}");
        foreach (DraftReviewLine line in view.Items)
        {
            text.Add($"{line.Index}. {line.Title} ({line.Owner ?? "no owner"}{(line.Due is null ? string.Empty : ", due " + line.Due)}) — {line.State}");
        }

        foreach (DraftReviewDecision decision in view.Decisions)
        {
            text.Add("Decision: " + decision.Text);
        }

        if (view.AwaitingAnswer.Count > 0)
        {
            text.Add("Not answered yet: " + string.Join(", ", view.AwaitingAnswer));
        }

        return string.Join("\n", text);
    }

    public static string? Time(TimeSpan? timestamp) =>
        timestamp is { } t && t >= TimeSpan.Zero ? t.ToString(@"hh\:mm\:ss", CultureInfo.InvariantCulture) : null;

    private static string Cut(string quote) =>
        quote.Length <= DraftLimits.MaxQuoteChars ? quote : quote[..(DraftLimits.MaxQuoteChars - 1)] + "…";
}
