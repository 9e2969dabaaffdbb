using ActionTracker.Core.Goals;

namespace ActionTracker.Core.Commands;

/// <summary>
/// <c>goal add|list|show|milestone</c>, <c>link</c> and <c>unlink</c>. Titles, owners and dates are read with the
/// <c>add</c> grammar so goals take the same options items do.
/// </summary>
internal static class GoalCommandParser
{
    public static bool Handles(string verb) => verb is "goal" or "link" or "unlink";

    public static ParsedCommand Parse(string verb, CommandTokens tokens, int start) => verb switch
    {
        "link" => ParseLink(tokens, start),
        "unlink" => ParseUnlink(tokens, start),
        _ => ParseGoal(tokens, start),
    };

    private static ParsedCommand ParseGoal(CommandTokens tokens, int start)
    {
        string action = start < tokens.Count ? OptionWords.Bare(tokens.Lower(start)) : string.Empty;
        switch (action)
        {
            case "list" when start + 1 >= tokens.Count:
                return new GoalListCommand();
            case "show" when start + 2 == tokens.Count && OptionWords.TryGoalId(tokens.Lower(start + 1), out string? shown) && !shown.Contains('.', StringComparison.Ordinal):
                return new GoalShowCommand(shown);
            case "add":
                return ParseGoalAdd(tokens, start + 1);
            case "milestone" when start + 1 < tokens.Count && OptionWords.TryGoalId(tokens.Lower(start + 1), out string? goal) && !goal.Contains('.', StringComparison.Ordinal):
                return AddCommandParser.Parse(tokens, start + 2, isNaturalForm: false) is AddCommand milestone && milestone.Owner is null && milestone.Priority is null
                    ? new MilestoneAddCommand(goal, milestone.Title, milestone.DueText)
                    : ParseFailures.For("goal", "A milestone takes a title and an optional due date, like: goal milestone G7 Pilot live due March 1.");
            default:
                return ParseFailures.For("goal", "`goal` needs add, list, show G7 or milestone G7, like: goal add Grow revenue 20% due end of quarter.");
        }
    }

    private static ParsedCommand ParseGoalAdd(CommandTokens tokens, int start)
    {
        if (AddCommandParser.Parse(tokens, start, isNaturalForm: false) is not AddCommand parsed)
        {
            return ParseFailures.For("goal", "A goal needs a title, like: goal add Grow revenue 20% due end of quarter.");
        }

        // A trailing "team" or "personal" sets the scope rather than ending the title.
        GoalScope scope = GoalScope.Team;
        string title = parsed.Title;
        int space = title.LastIndexOf(' ');
        string last = (space < 0 ? title : title[(space + 1)..]).ToLowerInvariant();
        if (space > 0 && last is "team" or "personal")
        {
            scope = last == "personal" ? GoalScope.Personal : GoalScope.Team;
            title = title[..space];
        }

        return parsed.Priority is not null || parsed.GoalId is not null || parsed.Watchers.Count > 0
            ? ParseFailures.For("goal", "A goal takes a title, one @owner, a due date and team or personal.")
            : new GoalAddCommand(title, parsed.Owner, parsed.DueText, scope);
    }

    private static ParsedCommand ParseLink(CommandTokens tokens, int start)
    {
        if (start + 2 == tokens.Count && ItemIds.TryParse(tokens[start], out Items.ItemNumber number) && OptionWords.TryGoalId(tokens.Lower(start + 1), out string? goal))
        {
            return new LinkCommand(number, goal);
        }

        return ParseFailures.For("link", "`link` needs an item and a goal or milestone, like: link #42 G7 or link #42 G7.2.");
    }

    private static ParsedCommand ParseUnlink(CommandTokens tokens, int start) =>
        start + 1 == tokens.Count && ItemIds.TryParse(tokens[start], out Items.ItemNumber number)
            ? new LinkCommand(number, null)
            : ParseFailures.For("unlink", "`unlink` needs an item, like: unlink #42.");
}
