using ActionTracker.Core.Items;

namespace ActionTracker.Core.Commands;

/// <summary>Reads the verbs that act on existing items: the id(s) come first, then the verb's argument.</summary>
internal static class ItemCommandParser
{
    public static bool Handles(string verb)
    {
        return verb is "show" or "done" or "start" or "block" or "reopen" or "cancel" or "assign" or "due" or "snooze"
            or "priority" or "edit" or "note" or "accept" or "decline" or "propose";
    }

    public static ParsedCommand Parse(string verb, CommandTokens tokens, int start)
    {
        return verb is "done" or "start" or "reopen" or "cancel" ? ParseMany(verb, tokens, start) : ParseOne(verb, tokens, start);
    }

    private static ParsedCommand ParseMany(string verb, CommandTokens tokens, int start)
    {
        List<ItemNumber> ids = ItemIds.ReadMany(tokens, start, out int next);
        if (ids.Count == 0)
        {
            return ParseFailures.NeedsId(verb);
        }

        IReadOnlyList<ItemNumber> numbers = [.. ids];
        string? rest = tokens.Rest(next);
        return verb switch
        {
            "done" => new DoneCommand(numbers, rest),
            "cancel" => new CancelCommand(numbers, rest),
            _ when rest is not null => ParseFailures.Unexpected(verb, rest),
            "start" => new StartCommand(numbers),
            _ => new ReopenCommand(numbers),
        };
    }

    private static ParsedCommand ParseOne(string verb, CommandTokens tokens, int start)
    {
        if (start >= tokens.Count || !ItemIds.TryParse(tokens[start], out ItemNumber id))
        {
            return ParseFailures.NeedsId(verb);
        }

        string? rest = tokens.Rest(start + 1);
        return verb switch
        {
            "show" => rest is null ? new ShowCommand(id) : ParseFailures.Unexpected(verb, rest),
            "accept" => rest is null ? new AcceptCommand(id) : ParseFailures.Unexpected(verb, rest),
            "decline" => new DeclineCommand(id, rest),
            "block" => rest is null ? Needs(verb, "a reason, like: block #42 waiting for legal review.") : new BlockCommand(id, rest),
            "note" => rest is null ? Needs(verb, "the note text, like: note #42 Maria has the numbers.") : new NoteCommand(id, rest),
            "due" => rest is null ? Needs(verb, "a date, like: due #42 Friday.") : new DueCommand(id, rest),
            "propose" => rest is null ? Needs(verb, "the date you propose, like: propose #42 next Friday.") : new ProposeCommand(id, rest),
            "snooze" => rest is null ? Needs(verb, "how long or until when, like: snooze #42 2d or snooze #42 Monday.") : new SnoozeCommand(id, rest),
            "assign" => ParseAssign(tokens, start + 1, id),
            "priority" => ParsePriority(tokens, start + 1, id),
            _ => ParseEdit(tokens, start + 1, id),
        };
    }

    /// <summary><c>assign #42 @maria</c>; "to" is allowed before the person.</summary>
    private static ParsedCommand ParseAssign(CommandTokens tokens, int i, ItemNumber id)
    {
        const string Verb = "assign";
        if (i < tokens.Count && OptionWords.Bare(tokens.Lower(i)) == "to")
        {
            i++;
        }

        if (i >= tokens.Count || !PersonTokens.TryParse(tokens[i], out PersonSpec? owner))
        {
            return Needs(Verb, "a person, like @maria, @\"Maria Garcia\" or maria@contoso.com.");
        }

        string? rest = tokens.Rest(i + 1);
        return rest is null ? new AssignCommand(id, owner) : ParseFailures.Unexpected(Verb, rest);
    }

    /// <summary><c>priority #42 high</c>; "to" is allowed before the priority.</summary>
    private static ParsedCommand ParsePriority(CommandTokens tokens, int i, ItemNumber id)
    {
        const string Verb = "priority";
        if (i < tokens.Count && OptionWords.Bare(tokens.Lower(i)) == "to")
        {
            i++;
        }

        if (i >= tokens.Count)
        {
            return Needs(Verb, "a priority: urgent, high, normal or low (or p1 to p4).");
        }

        if (OptionWords.Priority(tokens[i]) is not { } priority)
        {
            return ParseFailures.For(Verb, $"{ParseFailures.Echo(tokens[i])} is not a priority; use urgent, high, normal or low (or p1 to p4).");
        }

        string? rest = tokens.Rest(i + 1);
        return rest is null ? new PriorityCommand(id, priority) : ParseFailures.Unexpected(Verb, rest);
    }

    /// <summary><c>edit #42 title|notes|context TEXT</c>; the new text keeps its line breaks.</summary>
    private static ParsedCommand ParseEdit(CommandTokens tokens, int i, ItemNumber id)
    {
        const string Verb = "edit";
        EditField? field = i < tokens.Count
            ? OptionWords.Bare(tokens.Lower(i)) switch
            {
                "title" => EditField.Title,
                "notes" or "note" => EditField.Notes,
                "context" => EditField.Context,
                _ => null,
            }
            : null;
        if (field is null)
        {
            return Needs(Verb, "the field to change: title, notes or context.");
        }

        string? text = tokens.Rest(i + 1);
        return text is null ? Needs(Verb, $"the new {field.Value.ToString().ToLowerInvariant()} text.") : new EditCommand(id, field.Value, text);
    }

    private static ParseFailure Needs(string verb, string what)
    {
        return ParseFailures.For(verb, $"`{verb}` needs {what}");
    }
}
