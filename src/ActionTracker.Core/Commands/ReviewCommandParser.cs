namespace ActionTracker.Core.Commands;

/// <summary><c>review @person [from DATE] [to DATE] [add-development TITLE [due DATE]]</c>; the person may be "me".</summary>
internal static class ReviewCommandParser
{
    private const string Verb = "review";

    /// <summary>Ends the review options: the rest is the development item, read like <c>add</c>.</summary>
    public const string AddDevelopment = "add-development";

    public static ParsedCommand Parse(CommandTokens tokens, int start)
    {
        if (start >= tokens.Count)
        {
            return ParseFailures.For(Verb, "`review` needs a person, like: review @maria from Sep 1.");
        }

        bool self = OptionWords.Bare(tokens.Lower(start)) is "me" or "myself";
        PersonSpec? person = null;
        if (!self && !PersonTokens.TryParse(tokens[start], out person))
        {
            return ParseFailures.For(Verb, "`review` needs a person first, like: review @maria or review me.");
        }

        string? from = null;
        string? to = null;
        int i = start + 1;
        while (i < tokens.Count)
        {
            string word = OptionWords.Bare(tokens.Lower(i));
            if (word == AddDevelopment)
            {
                return Development(tokens, i + 1, person, from, to);
            }

            if (word is not ("from" or "since" or "to" or "until"))
            {
                return ParseFailures.For(Verb, $"I can't read {ParseFailures.Echo(tokens[i])} here; use from DATE and to DATE.");
            }

            int end = i + 1;
            while (end < tokens.Count && OptionWords.Bare(tokens.Lower(end)) is not ("from" or "since" or "to" or "until" or AddDevelopment))
            {
                end++;
            }

            if (end == i + 1)
            {
                return ParseFailures.For(Verb, $"Say which date after '{word}'.");
            }

            string value = string.Join(' ', Enumerable.Range(i + 1, end - i - 1).Select(k => tokens[k]));
            if (word is "from" or "since")
            {
                from = value;
            }
            else
            {
                to = value;
            }

            i = end;
        }

        return new ReviewCommand(person, from, to);
    }

    private static ParsedCommand Development(CommandTokens tokens, int start, PersonSpec? person, string? from, string? to)
    {
        if (start >= tokens.Count)
        {
            return ParseFailures.For(Verb, "Say what the development item is, like: review @maria add-development Lead the Q1 planning due Jan 31.");
        }

        ParsedCommand item = AddCommandParser.Parse(tokens, start, isNaturalForm: false);
        return item switch
        {
            AddCommand add when add.Recurrence is not null => ParseFailures.For(Verb, "A development item can't repeat; give it one date."),
            AddCommand add => new ReviewDevelopmentCommand(person, from, to, add with { Kind = Items.ItemKind.Development }),
            ParseFailure failure => ParseFailures.For(Verb, failure.Message),
            _ => ParseFailures.For(Verb, "Say what the development item is."),
        };
    }
}
