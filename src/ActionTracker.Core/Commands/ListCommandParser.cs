using ActionTracker.Core.Dates;

namespace ActionTracker.Core.Commands;

/// <summary>Reads <c>list</c>: at most one scope and one filter, in any order.</summary>
internal static class ListCommandParser
{
    private const string Verb = "list";

    public static ParsedCommand Parse(CommandTokens tokens, int start)
    {
        ListCommand command = new();
        bool hasScope = false;
        bool hasFilter = false;
        int i = start;
        while (i < tokens.Count)
        {
            int used;
            ListCommand? next;
            ParseFailure? failure = null;
            if ((next = ReadScope(tokens, i, command, out used, ref failure)) is not null)
            {
                if (hasScope && next != command)
                {
                    return ParseFailures.For(Verb, "A list shows one scope at a time: mine, @person, team, goal G7 or meeting M3.");
                }

                hasScope = true;
            }
            else if (failure is null && (next = ReadFilter(tokens, i, command, out used, ref failure)) is not null)
            {
                if (hasFilter && next != command)
                {
                    return ParseFailures.For(Verb, "A list takes one filter at a time: open, overdue, blocked, due this week or done since DATE.");
                }

                hasFilter = true;
            }

            if (failure is not null)
            {
                return failure;
            }

            if (next is null)
            {
                return ParseFailures.Unexpected(Verb, tokens[i]);
            }

            command = next;
            i += used;
        }

        return command;
    }

    private static ListCommand? ReadScope(CommandTokens tokens, int i, ListCommand command, out int used, ref ParseFailure? failure)
    {
        used = 1;
        string bare = OptionWords.Bare(tokens.Lower(i));
        if (PersonTokens.TryParse(tokens[i], out PersonSpec? person))
        {
            return command with { Scope = ListScope.Person, Person = person, GoalId = null, MeetingId = null };
        }

        switch (bare)
        {
            case "mine" or "my" or "me":
                return command with { Scope = ListScope.Mine, Person = null, GoalId = null, MeetingId = null };
            case "team":
                return command with { Scope = ListScope.Team, Person = null, GoalId = null, MeetingId = null };
            case "watching" or "watched":
                return command with { Scope = ListScope.Watching, Person = null, GoalId = null, MeetingId = null };
            case "goal" or "meeting":
                used = 2;
                bool goal = bare == "goal";
                string? id = null;
                bool valid = i + 1 < tokens.Count && (goal ? OptionWords.TryGoalId(tokens[i + 1], out id) : OptionWords.TryMeetingId(tokens[i + 1], out id));
                if (!valid)
                {
                    failure = ParseFailures.For(Verb, goal ? "`list goal` needs a goal id like G7." : "`list meeting` needs a meeting id like M3.");
                    return null;
                }

                return goal
                    ? command with { Scope = ListScope.Goal, GoalId = id, Person = null, MeetingId = null }
                    : command with { Scope = ListScope.Meeting, MeetingId = id, Person = null, GoalId = null };
        }

        // A bare id names its scope on its own ("list G7", "list M3").
        if (OptionWords.TryGoalId(bare, out string? goalId))
        {
            return command with { Scope = ListScope.Goal, GoalId = goalId, Person = null, MeetingId = null };
        }

        return OptionWords.TryMeetingId(bare, out string? meetingId)
            ? command with { Scope = ListScope.Meeting, MeetingId = meetingId, Person = null, GoalId = null }
            : null;
    }

    private static ListCommand? ReadFilter(CommandTokens tokens, int i, ListCommand command, out int used, ref ParseFailure? failure)
    {
        used = 1;
        switch (OptionWords.Bare(tokens.Lower(i)))
        {
            case "open":
                return command with { Filter = ListFilter.Open, SinceText = null };
            case "overdue":
                return command with { Filter = ListFilter.Overdue, SinceText = null };
            case "blocked":
                return command with { Filter = ListFilter.Blocked, SinceText = null };
            case "due" when Word(tokens, i + 1) == "this" && Word(tokens, i + 2) == "week":
                used = 3;
                return command with { Filter = ListFilter.DueThisWeek, SinceText = null };
            case "done":
                int length = Word(tokens, i + 1) == "since" ? SinceLength(tokens, i + 2) : 0;
                if (length == 0)
                {
                    failure = ParseFailures.For(Verb, "Say since when, like: list done since Monday.");
                    return null;
                }

                used = 2 + length;
                return command with { Filter = ListFilter.DoneSince, SinceText = OptionWords.Bare(tokens.Join(i + 2, i + 2 + length)) };
            default:
                return null;
        }
    }

    /// <summary>Look-back words the since resolver knows ("yesterday", "last week") plus every forward date expression.</summary>
    private static int SinceLength(CommandTokens tokens, int i)
    {
        string first = Word(tokens, i);
        if (first == "yesterday")
        {
            return 1;
        }

        if (first is "this" or "last" && Word(tokens, i + 1) is "week" or "month")
        {
            return 2;
        }

        return DateResolver.MatchLength(tokens.Texts, i);
    }

    private static string Word(CommandTokens tokens, int i)
    {
        return i < tokens.Count ? OptionWords.Bare(tokens.Lower(i)) : string.Empty;
    }
}
