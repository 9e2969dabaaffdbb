using System.Text.Json.Nodes;
using ActionTracker.Core.Execution;
using ActionTracker.Core.Views;
using ActionTracker.Slack.Blocks;
using ActionTracker.Slack.Protocol;
using ActionTracker.TestSupport;

namespace ActionTracker.Slack.Tests.Blocks;

public sealed class DraftReviewBlocksTests
{
    [Theory]
    [InlineData("DraftReview.Pending")]
    [InlineData("DraftReview.Reviewed")]
    public void CommandResponse_DraftReview_MatchesGolden(string name)
    {
        var result = new CommandResult { Text = "M3", Visibility = ResponseVisibility.Conversation, Views = [View(reviewed: name.EndsWith("Reviewed", StringComparison.Ordinal))] };

        JsonObject payload = BlockKitRenderer.CommandResponse(result);

        GoldenFile.Verify(name, payload);
        LimitChecks.AssertWithin(payload, BlockLimits.MessageBlocks);
    }

    [Fact]
    public void CommandResponse_TwentyHostileItems_StaysWithinLimits()
    {
        DraftReviewView view = View(reviewed: false) with
        {
            Items = Enumerable.Range(1, 20).Select(i => Line(i, "<!channel> *ship* & " + new string('x', 400), pending: true)).ToList(),
        };

        JsonObject payload = BlockKitRenderer.CommandResponse(new CommandResult { Text = "M3", Views = [view] });

        LimitChecks.AssertWithin(payload, BlockLimits.MessageBlocks);
        Assert.DoesNotContain("<!channel>", payload.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Modals_PasteAndEdit_MatchGolden()
    {
        JsonObject paste = TranscriptModals.Paste(new ModalMetadata("transcript", "C1", "https://hooks.slack.com/x"));
        JsonObject edit = TranscriptModals.Edit(new ModalMetadata("transcript edit M3 1", "C1", null), Line(1, "Send the budget to finance", pending: true));

        GoldenFile.Verify("Modal.TranscriptPaste", paste);
        GoldenFile.Verify("Modal.TranscriptEdit", edit);
    }

    private static DraftReviewView View(bool reviewed) => new()
    {
        MeetingId = "M3",
        Title = "M3 Weekly leadership sync",
        Subtitle = reviewed ? "Reviewed by Megan Bowen's team: 1 saved, 1 rejected." : "2 of 2 to review. Organizer: Megan Bowen. Nothing is saved until it is accepted.",
        Items = reviewed
            ? [Line(1, "Send the budget to finance", pending: false) with { State = "accepted, saved as #12" }, Line(2, "Book the offsite venue", pending: false) with { State = "rejected" }]
            : [Line(1, "Send the budget to finance", pending: true), Line(2, "Book the offsite venue", pending: true) with { PossibleDuplicateOf = "#7", Owner = "Maria Garcia", OwnerId = null, Due = null }],
        Decisions = [new DraftReviewDecision("We agreed to move the launch to March", "We agreed to move the launch to March.", "00:41:10", reviewed ? "D4" : null)],
        AwaitingAnswer = reviewed ? ["Maria Garcia (#12)"] : [],
        Actions = reviewed ? [] : [new ViewAction(ViewActionKind.Confirm, "Accept all", "transcript accept M3 all")],
    };

    private static DraftReviewLine Line(int index, string title, bool pending) => new()
    {
        Index = index,
        Title = title,
        Owner = "Megan Bowen",
        OwnerId = "U0456EFGH78",
        Due = "2026-11-27",
        Quote = "I'll " + title.ToLowerInvariant() + " by Friday.",
        Speaker = "Megan Bowen",
        Timestamp = "00:12:03",
        ConfidencePercent = 80,
        State = "to review",
        IsPending = pending,
        Actions = pending
            ?
            [
                new ViewAction(ViewActionKind.Accept, "Accept", $"transcript accept M3 {index}"),
                new ViewAction(ViewActionKind.Edit, "Edit", $"transcript edit M3 {index}"),
                new ViewAction(ViewActionKind.Decline, "Reject", $"transcript reject M3 {index}"),
            ]
            : [],
    };
}
