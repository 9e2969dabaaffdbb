namespace ActionTracker.Core.Commands;

/// <summary>The failure texts; each names what is wrong and carries the verb's usage line.</summary>
internal static class ParseFailures
{
    /// <summary>Echoes of what was typed are cut here so a pasted paragraph does not come back whole.</summary>
    private const int MaxEcho = 40;

    public static ParseFailure For(string verb, string message)
    {
        return new ParseFailure(message, HelpCatalog.UsageOf(verb));
    }

    public static ParseFailure NeedsId(string verb)
    {
        return For(verb, $"`{verb}` needs an item id like #42.");
    }

    public static ParseFailure Unexpected(string verb, string text)
    {
        return For(verb, $"I didn't understand {Echo(text)} in that `{verb}` command.");
    }

    public static ParseFailure DidYouMean(string typed, string verb)
    {
        return new ParseFailure($"I don't know the command {Echo(typed)}. Did you mean `{verb}`?", HelpCatalog.UsageOf(verb), verb);
    }

    /// <summary>The typed text in quotes, cut to <see cref="MaxEcho"/> characters.</summary>
    public static string Echo(string text)
    {
        if (text.Length <= MaxEcho)
        {
            return "'" + text + "'";
        }

        // Never cut between the two halves of an emoji.
        int cut = char.IsHighSurrogate(text[MaxEcho - 1]) ? MaxEcho - 1 : MaxEcho;
        return "'" + text[..cut] + "…'";
    }
}
