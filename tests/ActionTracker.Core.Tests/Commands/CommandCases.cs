using ActionTracker.Core.Commands;
using ActionTracker.Core.Items;

namespace ActionTracker.Core.Tests.Commands;

/// <summary>Short builders for the expected commands in the parse tables.</summary>
internal static class CommandCases
{
    public static ItemNumber[] Ids(params long[] values)
    {
        return [.. values.Select(v => new ItemNumber(v))];
    }

    public static ItemNumber Id(long value)
    {
        return new ItemNumber(value);
    }

    public static NamedPerson Named(string name)
    {
        return new NamedPerson(name);
    }

    public static MentionedPerson Mention(string id)
    {
        return new MentionedPerson(id);
    }

    public static AddCommand Add(string title)
    {
        return new AddCommand { Title = title };
    }

    public static AddCommand Natural(string title)
    {
        return new AddCommand { Title = title, IsNaturalForm = true };
    }

    /// <summary>A failure carrying the usage line of <paramref name="verb"/>.</summary>
    public static ParseFailure Fail(string verb, string message)
    {
        return new ParseFailure(message, HelpCatalog.Find(verb)!.Usage);
    }

    public static ParseFailure NeedsId(string verb)
    {
        return Fail(verb, $"`{verb}` needs an item id like #42.");
    }

    public static ParseFailure DidYouMean(string typed, string verb)
    {
        return new ParseFailure($"I don't know the command '{typed}'. Did you mean `{verb}`?", HelpCatalog.Find(verb)!.Usage, verb);
    }
}
