using ActionTracker.Core.Dates;
using ActionTracker.Core.Items;

namespace ActionTracker.Core.Commands;

/// <summary>
/// Reads <c>add</c> and the verb-less natural form: options may appear anywhere before a standalone <c>--</c> (or the
/// "—" phones turn it into); the words that are not options, in order, form the title; everything after is context.
/// A keyword whose value does not follow stays a title word ("Call Bob by phone", "Review the priority list").
/// </summary>
internal static class AddCommandParser
{
    private const string Verb = "add";

    /// <summary>The date grammar allows two prefixes ("due by Friday").</summary>
    private const int MaxDatePrefixes = 2;

    public static ParsedCommand Parse(CommandTokens tokens, int start, bool isNaturalForm)
    {
        int end = tokens.Count;
        string? context = null;
        for (int i = start; i < tokens.Count; i++)
        {
            if (tokens[i] is "--" or "\u2014")
            {
                end = i;
                context = tokens.Rest(i + 1);
                break;
            }
        }

        IReadOnlyList<string> zone = tokens.TextsBefore(end);
        AddCommandBuilder builder = new();
        int index = start;
        while (index < end)
        {
            int used = ReadOption(tokens, zone, index, isNaturalForm, builder, out ParseFailure? failure);
            if (failure is not null)
            {
                return failure;
            }

            if (used == 0)
            {
                builder.AddWord(index, tokens[index]);
                used = 1;
            }

            index += used;
        }

        return builder.Build(context, isNaturalForm);
    }

    /// <summary>How many tokens from <paramref name="i"/> form an option (0: a title word).</summary>
    private static int ReadOption(CommandTokens tokens, IReadOnlyList<string> zone, int i, bool isNaturalForm, AddCommandBuilder builder, out ParseFailure? failure)
    {
        failure = null;
        string lower = tokens.Lower(i);
        string bare = OptionWords.Bare(lower);
        if (PersonTokens.TryParse(tokens[i], out PersonSpec? person))
        {
            builder.AddPerson(i, person);
            return 1;
        }

        if (bare is "due" or "by" or "before" || lower.StartsWith("due:", StringComparison.Ordinal))
        {
            return ReadDue(tokens, zone, i, builder, out failure);
        }

        if ((lower.StartsWith('!') || OptionWords.IsShortPriority(lower)) && OptionWords.Priority(lower) is { } quick)
        {
            failure = builder.SetPriority(quick);
            return 1;
        }

        if (bare == "priority" && i + 1 < zone.Count && OptionWords.Priority(zone[i + 1]) is { } spelled)
        {
            failure = builder.SetPriority(spelled);
            return 2;
        }

        if (lower.StartsWith("priority:", StringComparison.Ordinal) && lower.Length > "priority:".Length)
        {
            Priority? glued = OptionWords.Priority(lower["priority:".Length..]);
            failure = glued is { } value ? builder.SetPriority(value) : NotAPriority(tokens[i]["priority:".Length..]);
            return 1;
        }

        if (bare == "goal" || (lower.StartsWith("goal:", StringComparison.Ordinal) && lower.Length > "goal:".Length))
        {
            return ReadGoal(tokens, zone, i, isNaturalForm, builder, out failure);
        }

        if (bare is "every" or "repeat" && i + 1 < zone.Count && RecurrenceRule.TryRead(bare, zone[i + 1]) is { } rule)
        {
            failure = builder.SetRecurrence(rule);
            return 2;
        }

        if (lower.StartsWith("kind:", StringComparison.Ordinal) && lower.Length > "kind:".Length)
        {
            string value = tokens[i]["kind:".Length..];
            failure = OptionWords.Kind(value) is { } kind
                ? builder.SetKind(kind)
                : ParseFailures.For(Verb, $"{ParseFailures.Echo(value)} is not a kind of item; use kind:task or kind:development.");
            return 1;
        }

        return 0;
    }

    /// <summary>
    /// The date after due/by/before (or glued "due:sunday") is delimited by the date grammar; DueText drops the
    /// prefixes. "due:xyz" is a deliberate option, so an unreadable date is kept for the resolver to explain.
    /// </summary>
    private static int ReadDue(CommandTokens tokens, IReadOnlyList<string> zone, int i, AddCommandBuilder builder, out ParseFailure? failure)
    {
        failure = null;
        int length = DateResolver.MatchLength(zone, i);
        string lower = tokens.Lower(i);
        if (length == 0)
        {
            if (lower == "due:")
            {
                failure = ParseFailures.For(Verb, "Put a date after due:, like due:friday.");
                return 1;
            }

            if (lower.StartsWith("due:", StringComparison.Ordinal))
            {
                failure = builder.SetDue(tokens[i]["due:".Length..]);
                return 1;
            }

            return 0;
        }

        List<string> words = [];
        int skipped = 0;
        for (int k = i; k < i + length; k++)
        {
            string token = tokens[k];
            if (k == i && token.Length > "due:".Length && lower.StartsWith("due:", StringComparison.Ordinal))
            {
                words.Add(token["due:".Length..]);
                skipped = MaxDatePrefixes;
            }
            else if (words.Count == 0 && skipped < MaxDatePrefixes && k < i + length - 1 && IsDatePrefix(tokens.Lower(k)))
            {
                skipped++;
            }
            else
            {
                words.Add(token);
            }
        }

        // "by Dec 5, then the hotel": the comma ends the sentence clause, not the date.
        words[^1] = OptionWords.Bare(words[^1]);
        failure = builder.SetDue(string.Join(' ', words));
        return length;
    }

    /// <summary>
    /// "goal G7" or "goal:G7". In the explicit form "goal" must be followed by an id ("goal banana" is a mistake worth
    /// reporting); in the natural form it is prose ("Agree the goal for Q3") unless an id follows.
    /// </summary>
    private static int ReadGoal(CommandTokens tokens, IReadOnlyList<string> zone, int i, bool isNaturalForm, AddCommandBuilder builder, out ParseFailure? failure)
    {
        failure = null;
        string lower = tokens.Lower(i);
        if (lower.StartsWith("goal:", StringComparison.Ordinal))
        {
            string glued = tokens[i]["goal:".Length..];
            failure = OptionWords.TryGoalId(glued, out string? gluedId) ? builder.SetGoal(gluedId) : NotAGoal(glued);
            return 1;
        }

        if (i + 1 >= zone.Count)
        {
            return 0;
        }

        if (OptionWords.TryGoalId(zone[i + 1], out string? id))
        {
            failure = builder.SetGoal(id);
            return 2;
        }

        if (isNaturalForm)
        {
            return 0;
        }

        failure = NotAGoal(zone[i + 1]);
        return 2;
    }

    private static bool IsDatePrefix(string lower)
    {
        return OptionWords.Bare(lower) is "due" or "by" or "before" or "on" or "until" or "till";
    }

    private static ParseFailure NotAGoal(string text)
    {
        return ParseFailures.For(Verb, $"{ParseFailures.Echo(text)} is not a goal id; goal ids look like G7, or G7.2 for a milestone.");
    }

    private static ParseFailure NotAPriority(string text)
    {
        return ParseFailures.For(Verb, $"{ParseFailures.Echo(text)} is not a priority; use urgent, high, normal or low (or p1 to p4).");
    }
}
