using System.Text;
using System.Text.Json.Nodes;
using ActionTracker.Core.Views;
using ActionTracker.Teams.Cards;
using ActionTracker.TestSupport;

namespace ActionTracker.Teams.Tests.Cards;

public sealed class DraftReviewCardTests
{
    [Theory]
    [InlineData("DraftReviewView.Pending")]
    [InlineData("DraftReviewView.Reviewed")]
    public void Render_DraftReview_MatchesGolden(string name)
    {
        JsonObject card = AdaptiveCardRenderer.Render(View(reviewed: name.EndsWith("Reviewed", StringComparison.Ordinal)));

        GoldenFile.Verify(name, card);
        Assert.DoesNotContain("null", card.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Render_EditForm_SendsTitleOwnerAndDueAsFields()
    {
        JsonObject card = AdaptiveCardRenderer.Render(View(reviewed: false));

        JsonObject form = card["body"]!.AsArray().Select(n => n!.AsObject()).Where(n => n["type"]!.GetValue<string>() == "Container")
            .SelectMany(c => c["items"]!.AsArray()).Select(n => n!.AsObject()).Where(n => n["type"]!.GetValue<string>() == "ActionSet")
            .SelectMany(s => s["actions"]!.AsArray()).Select(n => n!.AsObject()).First(a => a["type"]!.GetValue<string>() == "Action.ShowCard");
        JsonObject save = form["card"]!["actions"]![0]!.AsObject();

        Assert.Equal("transcript edit M3 1", save["data"]!["command"]!.GetValue<string>());
        Assert.Equal("titleM3_1", save["data"]!["fields"]!["title"]!.GetValue<string>());
        Assert.Equal("2026-11-27", form["card"]!["body"]![2]!["value"]!.GetValue<string>());
    }

    [Fact]
    public void Render_TwentyLongItems_StaysUnderSizeCap()
    {
        DraftReviewView view = View(reviewed: false) with
        {
            Items = Enumerable.Range(1, 20).Select(i => Line(i, new string('x', 400) + " “quoted” 😀", pending: true)).ToList(),
        };

        JsonObject card = AdaptiveCardRenderer.Render(view);

        Assert.True(Encoding.UTF8.GetByteCount(card.ToJsonString()) <= AdaptiveCardRenderer.MaxCardBytes);
        Assert.Contains("transcript show M3", card.ToJsonString(), StringComparison.Ordinal);
    }

    internal static DraftReviewView View(bool reviewed) => new()
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
        OwnerId = "0f6a9c1e-2b3d-4e5f-8a9b-1c2d3e4f5a6b",
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
