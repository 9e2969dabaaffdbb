using ActionTracker.Core.Commands;
using ActionTracker.Core.Items;
using ActionTracker.Core.Views;

namespace ActionTracker.Slack.Tests.Blocks;

/// <summary>View fixtures shaped like Core's presenters produce them.</summary>
internal static class Views
{
    public static ItemCardView Card(string title = "Send the pricing deck", long number = 42) => new()
    {
        Number = new ItemNumber(number),
        Title = title,
        OwnerName = "Maria Garcia",
        OwnerId = "U0456EFGH78",
        Due = "Fri 27 Nov 2026 17:00 (Europe/Berlin)",
        Priority = Priority.High,
        Status = ItemStatus.Open,
        Revision = 3,
        Actions =
        [
            new ViewAction(ViewActionKind.Done, "Done", $"done #{number}", new ItemNumber(number), 3),
            new ViewAction(ViewActionKind.Start, "Start", $"start #{number}", new ItemNumber(number), 3),
            new ViewAction(ViewActionKind.Snooze, "Snooze 1 day", $"snooze #{number} 1d", new ItemNumber(number), 3),
            new ViewAction(ViewActionKind.NewDate, "New date", $"due #{number} ", new ItemNumber(number), 3),
            new ViewAction(ViewActionKind.Reassign, "Reassign", $"assign #{number} ", new ItemNumber(number), 3),
            new ViewAction(ViewActionKind.Edit, "Edit", $"edit #{number} title ", new ItemNumber(number), 3),
        ],
    };

    public static ItemListView List(int count, bool hasMore) => new(
        "Your open items",
        Enumerable.Range(1, count).Select(i => new ItemSummary(new ItemNumber(i), "Item number " + i, "Maria", i % 3 == 0 ? "Mon 30 Nov" : null, i % 5 == 0 ? Priority.Urgent : Priority.Normal, ItemStatus.Open, i % 7 == 0)).ToList(),
        hasMore,
        "Nothing open.");

    public static DigestView Digest(bool quiet) => new()
    {
        Title = "Leadership: weekly digest (Mon 23 Nov 2026 – Mon 30 Nov 2026)",
        Summary = quiet ? "Quiet week: nothing changed since Mon 23 Nov 2026. 2 open, 0 need attention." : "1 completed, 1 in progress, 1 need attention, 1 decisions.",
        IsQuiet = quiet,
        Completed = quiet ? [] : [new ItemSummary(new ItemNumber(1), "Ship the deck", "Maria", "Fri 27 Nov 2026", Priority.High, ItemStatus.Done, false)],
        InProgress = quiet ? [] : [new ItemSummary(new ItemNumber(2), "Write the plan", "Tom", "Fri 11 Dec 2026", Priority.Normal, ItemStatus.InProgress, false)],
        NeedsAttention = quiet ? [] : [new AttentionItem(new ItemSummary(new ItemNumber(3), "Book <the> offsite", null, null, Priority.Normal, ItemStatus.Open, false), ["no owner", "no due date"])],
        Decisions = quiet ? [] : [new DecisionSummary("D3", "Ship v2 in March", "Tom", "Thu 26 Nov 2026", null)],
        Owners = quiet ? [] : [new OwnerCount("Tom", 1, 0, 0), new OwnerCount("Maria", 0, 1, 0)],
        Actions = [new ViewAction(ViewActionKind.More, "Overdue", "list team overdue")],
    };

    public static GoalView Goal() => new()
    {
        Id = "G1",
        Title = "Grow revenue <20%>",
        Owner = "Maria",
        Due = "Thu 31 Dec 2026",
        Progress = "1/3 done (33%), 1 overdue",
        Milestones = ["G1.1 Pilot live · due Fri 18 Dec 2026: 1/1 done (100%)"],
        Items = [new ItemSummary(new ItemNumber(7), "Price the new tier", null, "Mon 2 Nov 2026", Priority.Normal, ItemStatus.Open, true)],
        Overdue = ["#7"],
    };

    public static ReviewView Review() => new()
    {
        Title = "Review for Maria, Tue 1 Sep 2026 – Mon 30 Nov 2026",
        Facts = ["Completed: 5 (4 on time, 1 late) — by goal: G1 3, no goal 2", "Slipped: 1 still open past their date: #7", "Completion rate: 83% · median days late: 2"],
        ToDiscuss = [new ItemSummary(new ItemNumber(7), "Price the new tier", "Maria", "Mon 2 Nov 2026", Priority.Normal, ItemStatus.Open, true)],
        Actions = [new ViewAction(ViewActionKind.AddDevelopment, "Add development item", "review <@U0123ABCD45> from 2026-09-01 to 2026-11-30 add-development ")],
    };

    public static HelpView Help() => new("ActionTracker commands", [HelpCatalogTopics.Add, HelpCatalogTopics.List]);

    private static class HelpCatalogTopics
    {
        public static readonly HelpTopic Add = new("add", "Add an action item.", "add TITLE [@owner] [due DATE]", ["add Send the deck to @maria by Friday"]);
        public static readonly HelpTopic List = new("list", "List items.", "list [mine|team|@person] [open|overdue]", []);
    }
}
