using System.Globalization;

namespace ActionTracker.Core.Commands;

/// <summary>
/// Turns what a person typed into a <see cref="ParsedCommand"/>. Pure and total: any string, however odd, yields a
/// command or a <see cref="ParseFailure"/> that says what to type instead; nothing throws.
/// </summary>
public static class CommandParser
{
    public const int MaxLength = 4000;

    private const string SlashPrefix = "/action";

    public static ParsedCommand Parse(string? text)
    {
        if (TranscriptCommandParser.TryParse(text, out ParsedCommand? transcript))
        {
            return transcript!;
        }

        if (text is not null && text.Length > MaxLength)
        {
            return new ParseFailure(string.Create(CultureInfo.InvariantCulture, $"That command is {text.Length} characters; the limit is {MaxLength}."));
        }

        CommandTokens tokens = CommandTokens.Read(text ?? string.Empty);
        int first = tokens.Count > 0 && tokens.Lower(0) == SlashPrefix ? 1 : 0;
        if (first >= tokens.Count)
        {
            return new HelpCommand(null);
        }

        string word = tokens.Lower(first);
        if (IsQuestion(word, text!))
        {
            return Ask(tokens, first);
        }

        if (HelpCatalog.Find(word) is { } topic)
        {
            return ParseVerb(topic.Verb, tokens, first + 1);
        }

        if (HelpCatalog.ClosestVerb(word) is { } near && FitsVerb(near, tokens, first + 1))
        {
            return ParseFailures.DidYouMean(tokens[first], near);
        }

        return AddCommandParser.Parse(tokens, first, isNaturalForm: true);
    }

    /// <summary>"what has @maria completed…?" and the like: a question word first and a question mark last.</summary>
    private static bool IsQuestion(string firstWord, string text) =>
        firstWord is "what" or "which" or "were" or "was" or "has" or "have" or "did" or "how" && text.TrimEnd().EndsWith('?');

    private static ParsedCommand Ask(CommandTokens tokens, int start)
    {
        string? question = tokens.Rest(start);
        if (question is null)
        {
            return ParseFailures.For("ask", "`ask` needs a question, like: ask what has @maria completed related to their goals?");
        }

        PersonSpec? about = null;
        for (int i = start; i < tokens.Count && about is null; i++)
        {
            string token = tokens[i].EndsWith("'s", StringComparison.Ordinal) ? tokens[i][..^2] : tokens[i];
            if (PersonTokens.TryParse(token, out PersonSpec? person))
            {
                about = person;
            }
        }

        return new AskCommand(question, about);
    }

    private static ParsedCommand ParseVerb(string verb, CommandTokens tokens, int start)
    {
        if (verb == "ask")
        {
            return Ask(tokens, start);
        }

        if (verb == "settings")
        {
            string? field = start < tokens.Count ? OptionWords.Bare(tokens.Lower(start)) : null;
            string? value = tokens.Rest(start + 1);
            return field is null or "timezone" or "hours" or "mute" or "unmute" or "team" or "todo"
                ? new SettingsCommand(field, value)
                : ParseFailures.For("settings", "`settings` takes timezone ZONE, hours 09:00-17:30, mute until DATE, unmute, todo on|off, or team ….");
        }

        if (verb == "export")
        {
            return ExportCommandParser.Parse(tokens, start);
        }

        if (verb == "digest")
        {
            return DigestCommandParser.Parse(tokens, start);
        }

        if (verb == "prep")
        {
            return PrepCommandParser.Parse(tokens, start);
        }

        if (verb == "add")
        {
            return AddCommandParser.Parse(tokens, start, isNaturalForm: false);
        }

        if (verb == "list")
        {
            return ListCommandParser.Parse(tokens, start);
        }

        if (verb == "review")
        {
            return ReviewCommandParser.Parse(tokens, start);
        }

        if (GoalCommandParser.Handles(verb))
        {
            return GoalCommandParser.Parse(verb, tokens, start);
        }

        return ItemCommandParser.Handles(verb) ? ItemCommandParser.Parse(verb, tokens, start) : GeneralCommandParser.Parse(verb, tokens, start);
    }

    /// <summary>
    /// A first word close to a verb is only reported as a typo when the rest of the text has that verb's shape;
    /// otherwise it is an ordinary first word of a natural-form item. A verb that needs an item id needs a "#" id
    /// right after it, so "Book the offsite" is an item while "blokc #4 waiting" is a mistyped <c>block</c>. Likewise
    /// "Lisa will send it" is not a mistyped <c>list</c> and "Move the review" not a mistyped <c>more</c>. Near misses
    /// of <c>add</c> are never reported: the natural form already adds them.
    /// </summary>
    private static bool FitsVerb(string verb, CommandTokens tokens, int start)
    {
        if (ItemCommandParser.Handles(verb))
        {
            // Only a "#" id counts here: a bare number after a near miss is usually a quantity ("Shop 2 items").
            return start < tokens.Count && tokens[start].StartsWith('#') && ItemIds.TryParse(tokens[start], out _);
        }

        return verb switch
        {
            "add" => false,
            "list" => ListCommandParser.Parse(tokens, start) is not ParseFailure,
            "more" => start >= tokens.Count,
            "help" => GeneralCommandParser.IsHelpShape(tokens, start),
            "decisions" => start >= tokens.Count || OptionWords.Bare(tokens.Lower(start)) == "since",
            "goal" => start < tokens.Count && OptionWords.Bare(tokens.Lower(start)) is "add" or "list" or "show" or "milestone",
            "ask" => start < tokens.Count,
            "settings" => start >= tokens.Count || OptionWords.Bare(tokens.Lower(start)) is "timezone" or "hours" or "mute" or "unmute" or "team" or "todo",
            "export" => ExportCommandParser.Parse(tokens, start) is not ParseFailure,
            "review" => start < tokens.Count && (tokens[start].StartsWith('@') || tokens[start].StartsWith('<')),
            "link" or "unlink" => start < tokens.Count && tokens[start].StartsWith('#') && ItemIds.TryParse(tokens[start], out _),
            "admin" => start < tokens.Count && OptionWords.Bare(tokens.Lower(start)) is "list" or "add" or "remove" or "forget" or "export-tenant" or "log",
            "digest" => start < tokens.Count && OptionWords.Bare(tokens.Lower(start)) is "setup" or "preview" or "now",
            "prep" => start >= tokens.Count || (start == tokens.Count - 1 && OptionWords.TryMeetingId(tokens[start], out _)),
            _ => true,
        };
    }
}
