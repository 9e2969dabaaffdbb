namespace ActionTracker.Core.Commands;

/// <summary>Reads the verbs that take no item id: <c>more</c>, <c>decision</c>, <c>decisions</c>, <c>help</c> and <c>admin</c>.</summary>
internal static class GeneralCommandParser
{
    public static ParsedCommand Parse(string verb, CommandTokens tokens, int start)
    {
        string? rest = tokens.Rest(start);
        return verb switch
        {
            "more" => rest is null
                ? new MoreCommand()
                : ParseFailures.For(verb, $"`more` shows the next page of the last list and takes nothing after it; to add {ParseFailures.Echo(tokens.Rest(start - 1) ?? verb)} as an item, start with `add`."),
            "decision" => rest is null ? ParseFailures.For(verb, "`decision` needs the decision, like: decision We ship the beta on Dec 5.") : new DecisionCommand(rest),
            "decisions" => ParseDecisions(tokens, start),
            "help" => ParseHelp(tokens, start),
            _ => ParseAdmin(tokens, start),
        };
    }

    /// <summary>True when the words after a mistyped "help" would make a help request ("hepl", "hepl list").</summary>
    public static bool IsHelpShape(CommandTokens tokens, int start)
    {
        return start >= tokens.Count || (start == tokens.Count - 1 && HelpCatalog.Find(OptionWords.Bare(tokens[start])) is not null);
    }

    /// <summary><c>decisions [since DATE]</c>; the date is checked when it is resolved.</summary>
    private static ParsedCommand ParseDecisions(CommandTokens tokens, int start)
    {
        const string Verb = "decisions";
        if (start >= tokens.Count)
        {
            return new DecisionsCommand(null);
        }

        if (OptionWords.Bare(tokens.Lower(start)) != "since")
        {
            return ParseFailures.Unexpected(Verb, tokens.Rest(start)!);
        }

        string? since = tokens.Rest(start + 1);
        return since is null ? ParseFailures.For(Verb, "Say since when, like: decisions since Monday.") : new DecisionsCommand(since);
    }

    /// <summary>
    /// <c>help</c> names the first verb it is given; a single mistyped verb gets a suggestion, and anything else
    /// ("help me", "help please") is a request for the overview.
    /// </summary>
    private static ParsedCommand ParseHelp(CommandTokens tokens, int start)
    {
        for (int i = start; i < tokens.Count; i++)
        {
            string word = OptionWords.Bare(tokens[i]);
            if (HelpCatalog.Find(word) is { } topic)
            {
                return new HelpCommand(topic.Verb);
            }
        }

        if (start == tokens.Count - 1)
        {
            string word = OptionWords.Bare(tokens[start]);
            if (HelpCatalog.ClosestVerb(word) is { } near)
            {
                return ParseFailures.DidYouMean(word, near);
            }
        }

        return new HelpCommand(null);
    }

    /// <summary><c>admin list</c>, <c>admin add @x</c>, <c>admin remove @x</c>.</summary>
    private static ParsedCommand ParseAdmin(CommandTokens tokens, int start)
    {
        const string Verb = "admin";
        if (start < tokens.Count && OptionWords.Bare(tokens.Lower(start)) == "manager")
        {
            return ParseManager(tokens, start + 1);
        }

        AdminAction? action = start < tokens.Count
            ? OptionWords.Bare(tokens.Lower(start)) switch
            {
                "list" => AdminAction.List,
                "add" => AdminAction.Add,
                "remove" => AdminAction.Remove,
                "export-tenant" => AdminAction.ExportTenant,
                "forget" => AdminAction.Forget,
                "log" => AdminAction.Log,
                _ => null,
            }
            : null;
        if (action is AdminAction.ExportTenant or AdminAction.Log)
        {
            return ParseDataRights(tokens, start + 1, action.Value);
        }

        if (action is null)
        {
            return ParseFailures.For(Verb, "`admin` needs list, add @person, remove @person, manager, forget @person, export-tenant or log.");
        }

        if (action == AdminAction.List)
        {
            string? extra = tokens.Rest(start + 1);
            return extra is null ? new AdminCommand(AdminAction.List, null) : ParseFailures.Unexpected(Verb, extra);
        }

        int i = start + 1;
        if (i >= tokens.Count || !PersonTokens.TryParse(tokens[i], out PersonSpec? person))
        {
            return ParseFailures.For(Verb, $"`admin {action.Value.ToString().ToLowerInvariant()}` needs a person, like @maria.");
        }

        string? rest = tokens.Rest(i + 1);
        return rest is null ? new AdminCommand(action.Value, person) : ParseFailures.Unexpected(Verb, rest);
    }

    /// <summary><c>admin export-tenant [csv|md]</c> and <c>admin log</c>.</summary>
    private static ParsedCommand ParseDataRights(CommandTokens tokens, int start, AdminAction action)
    {
        const string Verb = "admin";
        string? rest = tokens.Rest(start);
        if (action == AdminAction.Log || rest is null)
        {
            return rest is null ? new AdminCommand(action, null) : ParseFailures.Unexpected(Verb, rest);
        }

        return OptionWords.Bare(rest.ToLowerInvariant()) switch
        {
            "csv" => new AdminCommand(action, null, ExportFormat.Csv),
            "md" or "markdown" => new AdminCommand(action, null, ExportFormat.Markdown),
            _ => ParseFailures.For(Verb, "`admin export-tenant` takes csv or md."),
        };
    }

    /// <summary><c>admin manager @person @manager</c>, or <c>admin manager @person none</c> to clear it.</summary>
    private static ParsedCommand ParseManager(CommandTokens tokens, int start)
    {
        const string Verb = "admin";
        if (start + 2 != tokens.Count || !PersonTokens.TryParse(tokens[start], out PersonSpec? person))
        {
            return ParseFailures.For(Verb, "`admin manager` needs a person and their manager, like: admin manager @maria @tom (or none).");
        }

        if (OptionWords.Bare(tokens.Lower(start + 1)) == "none")
        {
            return new ManagerCommand(person, null);
        }

        return PersonTokens.TryParse(tokens[start + 1], out PersonSpec? manager)
            ? new ManagerCommand(person, manager)
            : ParseFailures.For(Verb, "`admin manager` needs a person and their manager, like: admin manager @maria @tom (or none).");
    }
}
