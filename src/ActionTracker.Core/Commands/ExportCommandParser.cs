namespace ActionTracker.Core.Commands;

/// <summary><c>export [mine|@person|team] csv|md</c> in any order; csv is the default format, mine the default scope.</summary>
internal static class ExportCommandParser
{
    private const string Verb = "export";

    public static ParsedCommand Parse(CommandTokens tokens, int start)
    {
        ListScope scope = ListScope.Mine;
        PersonSpec? person = null;
        ExportFormat format = ExportFormat.Csv;
        for (int i = start; i < tokens.Count; i++)
        {
            string word = OptionWords.Bare(tokens.Lower(i));
            switch (word)
            {
                case "csv":
                    format = ExportFormat.Csv;
                    break;
                case "md" or "markdown":
                    format = ExportFormat.Markdown;
                    break;
                case "mine" or "my" or "me":
                    scope = ListScope.Mine;
                    break;
                case "team":
                    scope = ListScope.Team;
                    break;
                default:
                    if (person is null && PersonTokens.TryParse(tokens[i], out PersonSpec? parsed))
                    {
                        person = parsed;
                        scope = ListScope.Person;
                        break;
                    }

                    return ParseFailures.For(Verb, $"I can't export {ParseFailures.Echo(tokens[i])}; use mine, @person or team, and csv or md.");
            }
        }

        return new ExportCommand(scope, person, format);
    }
}
