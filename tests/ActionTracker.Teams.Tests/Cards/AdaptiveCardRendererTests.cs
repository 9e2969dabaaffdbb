using System.Text;
using System.Text.Json.Nodes;
using ActionTracker.Core.Commands;
using ActionTracker.Core.Execution;
using ActionTracker.Core.Items;
using ActionTracker.Core.Views;
using ActionTracker.Teams.Cards;
using ActionTracker.TestSupport;

namespace ActionTracker.Teams.Tests.Cards;

public sealed class AdaptiveCardRendererTests
{
    private static readonly ItemNumber Item42 = new(42);

    public static TheoryData<string> Cases => new()
    {
        "ItemCardView.Open",
        "ItemCardView.DoneWithHistory",
        "ItemListView.Page",
        "ItemListView.Empty",
        "DecisionListView.Basic",
        "HelpView.Basic",
        "ErrorView.WithUsage",
        "ConfirmView.Basic",
        "PeopleListView.Basic",
        "WelcomeCard.Default",
        "DigestView.Week",
        "GoalView.Progress",
        "ReviewView.Quarter",
        "DigestView.Quiet",
        "DigestView.EmptyTeam",
        "DigestView.MeetingRollup",
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Render_View_MatchesGolden(string name)
    {
        JsonObject card = name == "WelcomeCard.Default" ? WelcomeCard.Render() : AdaptiveCardRenderer.Render(View(name));

        GoldenFile.Verify(name, card);
        AssertCardRules(card);
    }

    [Fact]
    public void Render_HugeList_StaysUnderSizeCapAndOffersMore()
    {
        var items = Enumerable.Range(1, 400)
            .Select(i => new ItemSummary(new ItemNumber(i), new string('x', 200) + " 😀 \"quoted\"", "Megan Bowen", "2026-12-01", Priority.Normal, ItemStatus.Open, false))
            .ToList();

        JsonObject card = AdaptiveCardRenderer.Render(new ItemListView("Everything", items, HasMore: false, "Nothing"));

        Assert.True(Encoding.UTF8.GetByteCount(card.ToJsonString()) <= AdaptiveCardRenderer.MaxCardBytes);
        Assert.Contains("\"verb\":\"more\"", card.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public void ToActivity_TextOnly_HasTextAndNoNulls()
    {
        var activity = AdaptiveCardRenderer.ToActivity(new CommandResult { Text = "Nothing to do" });

        string json = System.Text.Json.JsonSerializer.Serialize(activity, ActionTracker.Teams.Protocol.TeamsJsonContext.Default.OutboundActivity);
        Assert.Contains("\"text\":\"Nothing to do\"", json, StringComparison.Ordinal);
        Assert.DoesNotContain("null", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Refreshed_Refusal_ShowsMessageAboveCard()
    {
        var result = new CommandResult { Text = "Only the owner can close #42.", Views = [ItemCard(ItemStatus.Open)], Succeeded = false };

        JsonObject card = AdaptiveCardRenderer.Refreshed(result);

        Assert.Equal("Only the owner can close #42.", (string?)card["body"]![0]!["text"]);
    }

    private static void AssertCardRules(JsonObject card)
    {
        Assert.Equal("1.5", (string?)card["version"]);
        foreach (JsonObject action in Descendants(card).OfType<JsonObject>().Where(o => (string?)o["type"] == "Action.Execute"))
        {
            Assert.False(string.IsNullOrEmpty((string?)action["verb"]));
            Assert.False(string.IsNullOrEmpty((string?)action["data"]?["command"]));
        }

        Assert.True(Encoding.UTF8.GetByteCount(card.ToJsonString()) <= AdaptiveCardRenderer.MaxCardBytes);
    }

    private static IEnumerable<JsonNode?> Descendants(JsonNode? node)
    {
        yield return node;
        IEnumerable<JsonNode?> children = node switch
        {
            JsonObject o => o.Select(p => p.Value),
            JsonArray a => a,
            _ => [],
        };
        foreach (JsonNode? child in children)
        {
            foreach (JsonNode? inner in Descendants(child))
            {
                yield return inner;
            }
        }
    }

    private static ChatView View(string name) => name switch
    {
        "ItemCardView.Open" => ItemCard(ItemStatus.Open),
        "ItemCardView.DoneWithHistory" => ItemCard(ItemStatus.Done) with
        {
            Actions = [new ViewAction(ViewActionKind.Reopen, "Reopen", "reopen #42", Item42, 4)],
            History = ["2026-11-20 Megan Bowen created it", "2026-11-23 Megan Bowen marked it done"],
        },
        "ItemListView.Page" => new ItemListView(
            "Open items for Megan Bowen",
            [
                new ItemSummary(Item42, "Send the budget to finance", "Megan Bowen", "Fri 27 Nov 2026", Priority.High, ItemStatus.Open, false),
                new ItemSummary(new ItemNumber(43), "Book the offsite venue", null, null, Priority.Normal, ItemStatus.InProgress, false),
                new ItemSummary(new ItemNumber(7), "Review the \"Q4\" plan <draft>", "Alex Wilber", "Mon 2 Nov 2026", Priority.Urgent, ItemStatus.Blocked, true),
            ],
            HasMore: true,
            "No open items."),
        "ItemListView.Empty" => new ItemListView("Open items in this team", [], HasMore: false, "No open items. Add one with: add Send the budget by Friday"),
        "DecisionListView.Basic" => new DecisionListView(
            "Decisions",
            [new DecisionSummary("D3", "Ship the beta on 1 December", "Megan Bowen", "2026-11-20", "Leadership sync"), new DecisionSummary("D2", "Freeze hiring", "Alex Wilber", "2026-11-13", null)],
            HasMore: false),
        "HelpView.Basic" => new HelpView(
            "What I can do",
            [
                new HelpTopic("add", "Create an action item", "add TITLE [@owner] [by DATE] [p1-p4]", ["add Send the budget @Megan by Friday"]),
                new HelpTopic("done", "Mark an item done", "done #ID", ["done #42"]),
            ]),
        "ErrorView.WithUsage" => new ErrorView("I don't know the command 'dnoe'.", "done #ID", "done"),
        "ConfirmView.Basic" => new ConfirmView(
            "Did you mean 5 December or May 12?",
            [new ViewAction(ViewActionKind.Confirm, "5 December", "due #42 2026-12-05", Item42, 2), new ViewAction(ViewActionKind.Dismiss, "Cancel", "help", null, null)]),
        "PeopleListView.Basic" => new PeopleListView("Admins", ["Megan Bowen", "Alex Wilber"]),
        "GoalView.Progress" => new GoalView
        {
            Id = "G1",
            Title = "Grow revenue 20%",
            Owner = "Megan Bowen",
            Due = "Thu 31 Dec 2026",
            Progress = "1/3 done (33%), 1 overdue",
            Milestones = ["G1.1 Pilot live · due Fri 18 Dec 2026: 1/1 done (100%)"],
            Items = [new ItemSummary(Item42, "Send the budget to finance", "Megan Bowen", "Fri 27 Nov 2026", Priority.High, ItemStatus.Done, false), new ItemSummary(new ItemNumber(7), "Price the new tier", null, "Mon 2 Nov 2026", Priority.Normal, ItemStatus.Open, true)],
            Overdue = ["#7"],
            Stalled = ["#7"],
        },
        "ReviewView.Quarter" => new ReviewView
        {
            Title = "Review for Megan Bowen, Tue 1 Sep 2026 – Mon 30 Nov 2026",
            Facts = ["Completed: 5 (4 on time, 1 late) — by goal: G1 3, no goal 2", "Slipped: 1 still open past their date: #7", "Completion rate: 83% · median days late: 2", "Development items from the previous period (Tue 2 Jun 2026 – Mon 31 Aug 2026): 1 of 1 done: #3 done"],
            ToDiscuss = [new ItemSummary(new ItemNumber(7), "Price the new tier", "Megan Bowen", "Mon 2 Nov 2026", Priority.Normal, ItemStatus.Open, true)],
            Actions = [new ViewAction(ViewActionKind.AddDevelopment, "Add development item", "review <@6a1d3f8e-2222-4c2b-9a77-0d7e0e5c1a10> from 2026-09-01 to 2026-11-30 add-development ")],
        },
        "DigestView.Week" or "DigestView.Quiet" => new DigestView
        {
            Title = "Leadership: weekly digest (Mon 23 Nov 2026 – Mon 30 Nov 2026)",
            Summary = name.EndsWith("Quiet", StringComparison.Ordinal) ? "Quiet week: nothing changed since Mon 23 Nov 2026. 2 open, 0 need attention." : "1 completed, 0 in progress, 1 need attention, 1 decisions.",
            IsQuiet = name.EndsWith("Quiet", StringComparison.Ordinal),
            Completed = [new ItemSummary(Item42, "Send the budget to finance", "Megan Bowen", "Fri 27 Nov 2026", Priority.High, ItemStatus.Done, false)],
            NeedsAttention = [new AttentionItem(new ItemSummary(new ItemNumber(7), "Review the plan", null, null, Priority.Normal, ItemStatus.Open, false), ["no owner", "no due date"])],
            Decisions = [new DecisionSummary("D3", "Ship the beta on 1 December", "Megan Bowen", "2026-11-20", null)],
            Owners = [new OwnerCount("Megan Bowen", 0, 1, 0)],
            Actions = [new ViewAction(ViewActionKind.More, "Overdue", "list team overdue")],
        },
        "DigestView.EmptyTeam" => ActionTracker.Core.Digests.DigestBuilder.Build(
            "Leadership", [], [], new DateTimeOffset(2026, 11, 23, 7, 30, 0, TimeSpan.Zero), new DateTimeOffset(2026, 11, 30, 7, 30, 0, TimeSpan.Zero), "Europe/Berlin"),
        "DigestView.MeetingRollup" => ((DigestView)View("DigestView.Week")) with
        {
            Title = "M3 Weekly leadership: roll-up",
            Summary = "1 completed, 0 in progress, 1 need attention, 1 decisions (of 2 items).",
            Owners = [],
            Actions = [new ViewAction(ViewActionKind.More, "All items of M3", "list meeting M3")],
        },
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    };

    private static ItemCardView ItemCard(ItemStatus status) => new()
    {
        Number = Item42,
        Title = "Send the budget to finance",
        OwnerName = "Megan Bowen",
        OwnerId = "0f6a9c1e-2b3d-4e5f-8a9b-1c2d3e4f5a6b",
        Due = "Fri 27 Nov 2026 17:00 (Europe/Berlin)",
        Priority = Priority.High,
        Status = status,
        IsOverdue = false,
        GoalId = "G7",
        Context = "From the weekly leadership sync",
        Watchers = ["Alex Wilber"],
        Revision = 3,
        Actions =
        [
            new ViewAction(ViewActionKind.Done, "Done", "done #42", Item42, 3),
            new ViewAction(ViewActionKind.Start, "Start", "start #42", Item42, 3),
            new ViewAction(ViewActionKind.NewDate, "New date", "due #42 ", Item42, 3),
            new ViewAction(ViewActionKind.Reassign, "Reassign", "assign #42 ", Item42, 3),
            new ViewAction(ViewActionKind.Edit, "Edit", "edit #42 ", Item42, 3),
        ],
    };
}
