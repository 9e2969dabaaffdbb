using System.Text.Json.Nodes;
using ActionTracker.Core.Execution;
using ActionTracker.Core.Items;
using ActionTracker.Core.Views;
using ActionTracker.Slack.Blocks;
using ActionTracker.Slack.Protocol;
using ActionTracker.TestSupport;

namespace ActionTracker.Slack.Tests.Blocks;

public sealed class BlockKitRendererTests
{
    public static TheoryData<string, CommandResult> Cases => new()
    {
        { "ItemCard.Open", new CommandResult { Text = "#42 Send the pricing deck", Views = [Views.Card()] } },
        { "ItemCard.Hostile", new CommandResult { Text = "<!channel> & co", Views = [Views.Card("<!channel> ship *now* & <https://evil.example|click> 🚀") with { Context = "a > b", OwnerId = null, OwnerName = "<@U999>", Due = null, Actions = [] }] } },
        { "ItemCard.History", new CommandResult { Text = "#7", Views = [Views.Card(number: 7) with { Status = ItemStatus.Blocked, StatusReason = "waiting on legal", IsOverdue = true, GoalId = "G7", Watchers = ["Tom"], History = ["Tom created it", "Maria started it"], Actions = [] }] } },
        { "ItemList.Empty", new CommandResult { Text = "Nothing open.", Views = [Views.List(0, false)] } },
        { "ItemList.Page", new CommandResult { Text = "3 items", Views = [Views.List(3, true)] } },
        { "DecisionList.Two", new CommandResult { Text = "2 decisions", Visibility = ResponseVisibility.Conversation, Views = [new DecisionListView("Decisions this week", [new DecisionSummary("D1", "Ship v2 on Monday", "Tom", "23 Nov 2026", "#eng"), new DecisionSummary("D2", "Drop <legacy> & old API", "Maria", "24 Nov 2026", null)], true)] } },
        { "Help.Two", new CommandResult { Text = "Help", Views = [Views.Help()] } },
        { "Error.UsageAndSuggestion", CommandResult.Error("I don't know the verb 'dne'.", "done #ID", "done") },
        { "Confirm.DateQuestion", new CommandResult { Text = "Which date?", Views = [new ConfirmView("Did you mean 5 December or May 12?", [new ViewAction(ViewActionKind.Confirm, "5 December", "due #42 2026-12-05", new ItemNumber(42), 1), new ViewAction(ViewActionKind.Dismiss, "May 12", "due #42 2027-05-12", new ItemNumber(42), 1)])] } },
        { "Digest.Week", new CommandResult { Text = "Digest", Visibility = ResponseVisibility.Conversation, Views = [Views.Digest(quiet: false)] } },
        { "Digest.Quiet", new CommandResult { Text = "Digest", Visibility = ResponseVisibility.Conversation, Views = [Views.Digest(quiet: true)] } },
        { "Digest.EmptyTeam", new CommandResult { Text = "Digest", Visibility = ResponseVisibility.Conversation, Views = [ActionTracker.Core.Digests.DigestBuilder.Build("Leadership", [], [], new DateTimeOffset(2026, 11, 23, 7, 30, 0, TimeSpan.Zero), new DateTimeOffset(2026, 11, 30, 7, 30, 0, TimeSpan.Zero), "Europe/Berlin")] } },
        { "Goal.Progress", new CommandResult { Text = "G1", Views = [Views.Goal()] } },
        { "Review.Quarter", new CommandResult { Text = "Review", Views = [Views.Review()] } },
        { "PeopleList.Admins", new CommandResult { Text = "Admins", Views = [new PeopleListView("Admins", ["Tom Lee", "Maria <Garcia>"])] } },
        { "Digest.MeetingRollup", new CommandResult { Text = "M3 roll-up", Visibility = ResponseVisibility.Conversation, Views = [Views.Digest(quiet: false) with { Title = "M3 Weekly leadership: roll-up", Summary = "1 completed, 1 in progress, 1 need attention, 1 decisions (of 3 items).", Owners = [], Actions = [new ViewAction(ViewActionKind.More, "All items of M3", "list meeting M3")] }] } },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void CommandResponse_View_MatchesGolden(string name, CommandResult result)
    {
        JsonObject payload = BlockKitRenderer.CommandResponse(result);

        GoldenFile.Verify(name, payload);
        LimitChecks.AssertWithin(payload, BlockLimits.MessageBlocks);
    }

    [Fact]
    public void Home_MineAndDueSoon_MatchesGolden()
    {
        var soon = new CommandResult { Text = "due", Views = [Views.List(1, false)] };
        var mine = new CommandResult { Text = "mine", Views = [Views.List(2, false)] };

        JsonObject home = BlockKitRenderer.Home("Your action items", [soon, mine]);

        GoldenFile.Verify("Home.MineAndDueSoon", home);
        LimitChecks.AssertWithin(home, BlockLimits.SurfaceBlocks);
    }

    [Fact]
    public void Modals_EditAndCreate_MatchGolden()
    {
        JsonObject edit = ModalBuilder.Edit(new ModalMetadata("edit #42 title ", "C1", null, 42), "Edit #42", "Send the deck");
        JsonObject create = ModalBuilder.Create(new ModalMetadata("add ", "C1", "https://hooks.slack.com/x"), "Please send the deck by friday", "U0456EFGH78");

        GoldenFile.Verify("Modal.Edit", edit);
        GoldenFile.Verify("Modal.Create", create);
    }

    [Fact]
    public void CommandResponse_TwoHundredItems_WithinLimitsWithMoreButton()
    {
        var result = new CommandResult { Text = "200 items", Views = [Views.List(200, false)] };

        JsonObject payload = BlockKitRenderer.CommandResponse(result);

        LimitChecks.AssertWithin(payload, BlockLimits.MessageBlocks);
        string json = payload.ToJsonString();
        Assert.Contains("run:more", json, StringComparison.Ordinal);
    }

    [Fact]
    public void CommandResponse_ManyCardsWithHugeTitles_WithinLimits()
    {
        string huge = new('x', 5000);
        var views = Enumerable.Range(1, 40).Select(i => (ChatView)Views.Card(huge + "&<>", i)).ToList();
        var result = new CommandResult { Text = huge, Views = views };

        JsonObject payload = BlockKitRenderer.CommandResponse(result);

        LimitChecks.AssertWithin(payload, BlockLimits.MessageBlocks);
    }

    [Theory]
    [InlineData("a & b", "a &amp; b")]
    [InlineData("<@U1>", "&lt;@U1&gt;")]
    [InlineData("", "")]
    public void Escape_SpecialCharacters_Escaped(string input, string expected)
    {
        Assert.Equal(expected, Mrkdwn.Escape(input));
    }

    [Fact]
    public void Truncate_NeverSplitsEntityOrSurrogate()
    {
        string text = new string('a', 8) + "&amp;" + "🚀🚀";

        Assert.Equal(new string('a', 8) + "…", Mrkdwn.Truncate(text, 11));
        Assert.Equal(new string('a', 8) + "&amp;…", Mrkdwn.Truncate(text, 15));
    }
}
